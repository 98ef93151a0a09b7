// The lecturer's questions about the ideas of each section, in lecture order: why isolation, the hypervisor,
// hardware- and OS-level virtualization, the comparison, use cases, industry adoption, what comes next. Every
// fact is the lecture's (../../seed/vm-vs-container.txt, and the slides' notes where they add the hypervisor
// types); every wrong answer is false by what it teaches. The exports add one question per glossary term and
// one matching question per kind of product, generated from the data (src/question-bank.ts).
import type { Question } from '../types.ts';

export const questions: Question[] = [
  // Why isolate applications?
  {
    type: 'matching',
    id: 'isolation-history',
    slide: 'why-isolation',
    name: 'The history of isolation, step by step',
    stem: 'Match each stage in the history of running applications to what the lecture says about it.',
    pairs: [
      {
        prompt: 'Early computer systems',
        answer: 'One application at a time, wasting CPU, memory, and disk',
      },
      { prompt: 'Multitasking', answer: 'Better resource utilization for applications sharing one system' },
      { prompt: 'Virtual machines', answer: 'Isolated environments, at the cost of a lot of resources' },
      { prompt: 'Containers', answer: 'Lighter-weight isolation that shares the same operating system' },
    ],
    feedback:
      'Early systems ran one application at a time and wasted resources; multitasking improved utilization; virtual machines isolated applications but used a lot of resources; containers were introduced to isolate applications while sharing the same operating system.',
  },
  {
    type: 'multiple-choice',
    id: 'why-isolation-needed',
    slide: 'why-isolation',
    name: 'Why shared systems need isolation',
    stem: 'As multitasking spread, why did applications need isolated environments?',
    correct: 'A failure or security breach in one application could affect the others',
    distractors: [
      'Multitasking could still run only one application at a time',
      'Each application needed a physical machine of its own',
      'Applications could no longer share CPU, memory, or disk',
    ],
    feedback:
      'When multiple applications share the same system resources, a failure or security breach in one can affect the others. Isolated environments prevent conflicts between applications and enhance security.',
  },

  // Virtual machines
  {
    type: 'multiple-choice',
    id: 'vm-essential-fields',
    slide: 'virtual-machines',
    name: 'Where virtual machines are essential',
    stem: 'According to the lecture, virtual machines are essential components of which two fields?',
    correct: 'Server virtualization and cloud computing',
    distractors: [
      'Microservices and CI/CD pipelines',
      'Edge computing and the Internet of Things',
      'Web development and serverless computing',
    ],
    feedback:
      'VMs are essential components in server virtualization and cloud computing: they let multiple operating systems run simultaneously on virtualized hardware.',
  },
  {
    type: 'multiple-choice',
    id: 'type-1-hypervisor',
    slide: 'virtual-machines',
    name: 'Where a type-1 hypervisor runs',
    stem: 'Where does a type-1 hypervisor run?',
    correct: 'Directly on the hardware',
    distractors: [
      'As an application on a host operating system',
      'Inside the guest operating system of each VM',
      'On top of a container engine',
    ],
    feedback:
      'A type-1 hypervisor runs directly on the hardware, as VMware vSphere, Microsoft Hyper-V and Xen do; a type-2 hypervisor, such as Oracle VirtualBox, runs as an application on a host operating system.',
  },
  {
    type: 'multiple-choice',
    id: 'hyper-v-windows-server',
    slide: 'vm-examples',
    name: 'The platform included in Windows Server',
    stem: 'Which virtualization platform is included in Windows Server and supports various operating systems?',
    correct: 'Microsoft Hyper-V',
    distractors: ['VMware vSphere', 'Oracle VirtualBox', 'Xen'],
    feedback:
      'Microsoft Hyper-V is a virtualization platform included in Windows Server that supports various operating systems.',
  },
  {
    type: 'multiple-choice',
    id: 'virtualbox-individual-users',
    slide: 'vm-examples',
    name: 'The VM software individual users and developers like',
    stem: 'Which open-source virtualization software does the lecture call popular among individual users and developers?',
    correct: 'Oracle VirtualBox',
    distractors: ['Xen', 'VMware vSphere', 'Microsoft Hyper-V'],
    feedback:
      'Oracle VirtualBox is open-source virtualization software popular among individual users and developers. Xen is open source too, but the lecture names it as the hypervisor widely used by cloud service providers.',
  },

  // Containers
  {
    type: 'multiple-choice',
    id: 'containers-enhance',
    slide: 'containers',
    name: 'What container technology greatly enhances',
    stem: 'According to the lecture, what does container technology greatly enhance?',
    correct: 'The portability and scalability of applications',
    distractors: [
      'The isolation between applications, compared with virtual machines',
      'The number of operating systems one machine can run',
      'Support for applications that need a different operating system',
    ],
    feedback:
      'Container technology, which has gained significant popularity recently, greatly enhances the portability and scalability of applications. Isolation and running other operating systems are the strengths of virtual machines.',
  },
  {
    type: 'short-answer',
    id: 'most-widely-used-platform',
    slide: 'containers',
    name: 'The most widely used container platform',
    stem: 'Which container platform does the lecture call the most widely used?',
    answers: ['Docker'],
    feedback:
      'Docker is the most widely used container platform: it containerizes applications and makes them easy to deploy.',
  },
  {
    type: 'multiple-choice',
    id: 'daemonless-tool',
    slide: 'container-examples',
    name: 'The container tool without a daemon',
    stem: 'Which container tool uses a daemonless architecture to enhance security and flexibility?',
    correct: 'Podman',
    distractors: ['Docker', 'Kubernetes', 'LXC (Linux Containers)'],
    feedback:
      'Podman works like Docker but without a central daemon: each container runs as a process of the user who started it, which enhances security and flexibility.',
  },
  {
    type: 'true-false',
    id: 'containers-replaced-vms',
    slide: 'containers',
    name: 'Whether containers replaced virtual machines',
    statement: 'According to the lecture, containers have replaced virtual machines.',
    answer: false,
    feedback:
      'Both virtual machines and container technologies have their own strengths within IT environments, and they are used selectively based on specific needs.',
  },

  // Architecture
  {
    type: 'multiple-choice',
    id: 'what-vms-virtualize',
    slide: 'virtualization-levels',
    name: 'What virtual machines virtualize',
    stem: 'What do virtual machines virtualize in order to run multiple operating systems on a single machine?',
    correct: 'The physical hardware',
    distractors: [
      'The operating system kernel of the host',
      'Only the user-mode portion of the operating system',
      "The application's binaries and libraries",
    ],
    feedback:
      'VMs virtualize physical hardware to run multiple operating systems on a single machine. Containers, on the other hand, virtualize at the operating system level.',
  },
  {
    type: 'short-answer',
    id: 'shared-os-component',
    slide: 'virtualization-levels',
    name: 'The OS component containers share',
    stem: 'Containers on one host share one core component of the operating system, while every virtual machine has its own. Which component?',
    answers: [
      'kernel',
      'the kernel',
      'OS kernel',
      'the OS kernel',
      'host kernel',
      'the host kernel',
      'host OS kernel',
      'operating system kernel',
    ],
    feedback:
      'Containers share the same OS kernel of the host, while each VM runs a complete operating system, including its own kernel.',
  },
  {
    type: 'multiple-choice',
    id: 'why-containers-start-fast',
    slide: 'virtualization-levels',
    name: 'Why containers start fast',
    stem: 'Why are containers faster to start than virtual machines?',
    correct: "They don't need to boot an entire operating system",
    distractors: [
      'They run directly on a type-1 hypervisor',
      'Each one carries a full copy of the operating system',
      'Each one has a kernel of its own, tuned for speed',
    ],
    feedback:
      "Sharing the host's kernel makes containers lightweight and faster to start: they don't need to boot an entire operating system.",
  },
  {
    type: 'true-false',
    id: 'vm-full-copy',
    slide: 'virtualization-levels',
    name: 'What each VM includes',
    statement:
      'Each virtual machine includes a full copy of an operating system, the application, and the binaries and libraries it needs.',
    answer: true,
    feedback:
      'Each VM includes a full copy of an operating system, the application, and necessary binaries and libraries, which can consume substantial system resources.',
  },
  {
    type: 'multiple-choice',
    id: 'container-user-mode',
    slide: 'architecture-figure',
    name: 'Which part of the OS a container runs',
    stem: 'Which part of the operating system does a container run?',
    correct: 'Only the user-mode portion, with just the services the app needs',
    distractors: [
      'A complete operating system, including its own kernel',
      'Only the kernel, shared with the hypervisor',
      'The hypervisor and a guest operating system',
    ],
    feedback:
      'A container runs only the user-mode portion of the operating system and can be adjusted to include only the services needed by the app, reducing system resource usage.',
  },
  {
    type: 'short-answer',
    id: 'figure-vm-kernels',
    slide: 'architecture-figure',
    name: 'Kernels on the VM side of the figure',
    stem: 'In the architecture figure, each app runs in a virtual machine of its own. How many operating system kernels does the virtual machine side show?',
    answers: ['3', 'three'],
    feedback:
      'Every virtual machine brings its own guest operating system and kernel: three kernels for three apps. The container side has one kernel, the host’s, shared by all containers.',
  },

  // Comparison
  {
    type: 'multiple-choice',
    id: 'portability-and-speed',
    slide: 'comparison',
    name: 'Portability and speed compared',
    stem: "Which statement about portability and speed matches the lecture's comparison?",
    correct: 'Containers are highly portable and start fast; VMs are less portable and start slowly',
    distractors: [
      'VMs are highly portable and start fast; containers are less portable and start slowly',
      'Containers and VMs are equally portable; only their startup speed differs',
      'Containers are highly portable but start slowly; VMs are less portable but start fast',
    ],
    feedback:
      'Containers are highly portable with fast startup and shutdown; VMs are less portable with slow startup and shutdown.',
  },
  {
    type: 'true-false',
    id: 'greater-isolation',
    slide: 'comparison',
    name: 'Which side offers greater isolation',
    statement: 'Containers offer greater isolation than virtual machines.',
    answer: false,
    feedback:
      'VMs offer greater isolation; containers are less isolated than VMs, because they share the host kernel.',
  },

  // Use cases
  {
    type: 'multiple-choice',
    id: 'vm-only-use-case',
    slide: 'use-cases',
    name: 'A use case listed for VMs only',
    stem: 'Which of these does the lecture list as a common use case for virtual machines, but not for containers?',
    correct: 'Disaster recovery',
    distractors: ['Web development', 'Microservices architecture', 'CI/CD pipelines'],
    feedback:
      'Common use cases for VMs include testing in secure environments, development across different operating systems, application isolation, cloud computing, and disaster recovery. Web development, microservices architecture and CI/CD pipelines are listed for containers.',
  },
  {
    type: 'multiple-choice',
    id: 'use-case-on-both-sides',
    slide: 'use-cases',
    name: 'The use case listed on both sides',
    stem: 'Which use case does the lecture list for both virtual machines and containers?',
    correct: 'Cloud computing',
    distractors: ['Disaster recovery', 'Web development', 'Testing in secure environments'],
    feedback: 'Cloud computing appears on both lists: clouds use both virtual machines and containers.',
  },
  {
    type: 'multiple-choice',
    id: 'another-operating-system',
    slide: 'use-cases',
    name: 'Running an app that needs another OS',
    stem: 'An application needs a different operating system from the one on the host. What does the lecture recommend running it in?',
    correct: 'A virtual machine',
    distractors: [
      'A container that shares the host kernel',
      'Several containers managed by Kubernetes',
      'A daemonless container started with Podman',
    ],
    feedback:
      'Virtual machines are ideal for applications that need different operating systems: each VM runs its own operating system, while every container shares the host’s kernel.',
  },

  // Industry adoption
  {
    type: 'multiple-choice',
    id: 'cloud-provider-service',
    slide: 'industry-adoption',
    name: 'What cloud providers offer with virtualization',
    stem: 'Cloud service providers use virtualization to offer which service model?',
    correct: 'Scalable Infrastructure-as-a-Service (IaaS)',
    distractors: [
      'Continuous Integration and Continuous Deployment (CI/CD)',
      'Serverless computing',
      'Edge computing',
    ],
    feedback:
      'Cloud service providers use virtualization to offer scalable Infrastructure-as-a-Service (IaaS): renting a server from a cloud provider gets you a virtual machine.',
  },
  {
    type: 'true-false',
    id: 'containers-in-pipelines',
    slide: 'industry-adoption',
    name: 'What development teams use containers for',
    statement:
      'Software development teams leverage containers for Continuous Integration and Continuous Deployment (CI/CD) pipelines.',
    answer: true,
    feedback:
      'Software development teams leverage containers for CI/CD pipelines: each change is built and tested in fresh containers.',
  },

  // Looking forward
  {
    type: 'multiple-choice',
    id: 'future-of-deployment',
    slide: 'looking-forward',
    name: 'What shapes the future of deployment',
    stem: 'Which technologies does the lecture name as shaping the future of application deployment and management?',
    correct: 'Serverless computing and advanced container orchestration platforms',
    distractors: [
      'Type-2 hypervisors and desktop virtualization',
      'Disaster recovery and testing in secure environments',
      'Single-application computers and batch processing',
    ],
    feedback:
      'Technologies like serverless computing and advanced container orchestration platforms are shaping the future of application deployment and management.',
  },
  {
    type: 'multiple-choice',
    id: 'edge-and-iot-requirements',
    slide: 'looking-forward',
    name: 'What edge computing and IoT demand',
    stem: 'The rise of edge computing and the Internet of Things (IoT) pushes virtualization and containerization to meet new requirements. In which areas?',
    correct: 'Performance, scalability, and security',
    distractors: [
      'Licensing, pricing, and support',
      'Documentation, training, and certification',
      'Backup, archiving, and disaster recovery',
    ],
    feedback:
      'Edge computing and the IoT influence how virtualization and containerization evolve to meet new performance, scalability, and security requirements.',
  },

  // Summary
  {
    type: 'multiple-choice',
    id: 'containers-in-summary',
    slide: 'summary',
    name: 'How the summary describes containers',
    stem: "How does the lecture's summary describe containers?",
    correct: 'Lightweight, portable executable images containing applications and their dependencies',
    distractors: [
      'An abstracted version of the entire hardware of a physical machine',
      'Complete operating systems that each run their own kernel',
      'Software that shares the physical CPU, memory, and storage among guests',
    ],
    feedback:
      'Containers are lightweight, portable executable images containing applications and their dependencies. An abstracted version of the entire hardware describes virtual machines.',
  },
  {
    type: 'multiple-choice',
    id: 'why-vm-isolation-matters',
    slide: 'summary',
    name: 'Why the isolation of VMs matters',
    stem: 'The summary calls the higher isolation of virtual machines crucial. For what?',
    correct: 'Security and compliance',
    distractors: ['Fast startup and shutdown', 'Portability between clouds', 'Lower resource usage'],
    feedback:
      'VMs are more resource-intensive but offer higher levels of isolation, which is crucial for security and compliance.',
  },
  {
    type: 'multiple-choice',
    id: 'root-difference',
    slide: 'key-differences',
    name: 'The difference the others follow from',
    stem: 'Of the four key differences, which one do the other three follow from?',
    correct: 'Operating system: containers share the host OS kernel; VMs have their own OS',
    distractors: [
      'Resource usage: containers use fewer resources; VMs are more resource-intensive',
      'Portability and speed: containers are highly portable with fast startup times',
      'Isolation: VMs offer greater isolation compared to containers',
    ],
    feedback:
      'The operating system comes first: a kernel of its own makes a VM heavier, slower to start, less portable and better isolated; a shared kernel makes a container light, fast, portable and less isolated.',
  },

  // Conclusion
  {
    type: 'multiple-choice',
    id: 'how-to-choose',
    slide: 'conclusion',
    name: 'How to choose between VMs and containers',
    stem: 'According to the conclusion, how should you choose between virtual machines and containers?',
    correct: 'Understand the differences and use cases of each, then pick what meets the specific needs',
    distractors: [
      'Prefer containers for every new application, since they use fewer resources',
      'Prefer virtual machines for every application, since they are better isolated',
      'Pick whichever of the two starts faster',
    ],
    feedback:
      'By understanding the differences and use cases of each technology, we can choose the most appropriate solution to meet our specific needs: virtual machines for complete isolation or other operating systems, containers for lightweight, rapid deployment.',
  },
];
