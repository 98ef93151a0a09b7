// The lecture's sections in the order they are taught. `prose` is the author's text for the handout,
// word for word from the seed (../../seed/vm-vs-container.txt); `slides` is how each section is
// presented: short bullets, what the slide shows, and what the lecturer says.
import type { Section } from '../types.ts';

export const sections: Section[] = [
  {
    id: 'why-isolation',
    title: 'Why isolate applications?',
    prose: [
      'VMs and containers are technologies that enable efficient use of system resources and allow multiple applications to run in isolated environments. In early computer systems, it was only possible to run one application at a time, leading to significant waste of resources such as CPU, memory, and disk. As computer technology evolved, multitasking improved resource utilization, but the need for isolated environments grew to prevent conflicts between applications and enhance security. When multiple applications share the same system resources, a failure or security breach in one application can affect others. To address this, virtual machines were developed, allowing applications to run in isolated environments. However, there was a drawback in that VMs used a lot of resources. To overcome this limitation, lighter-weight container technology was introduced, designed to provide application isolation while sharing the same operating system.',
    ],
    references: ['gabia-server-virtualization', 'microsoft-containers-vs-vm'],
    slides: [
      {
        id: 'why-isolation',
        title: 'Why isolate applications?',
        // The figure tells the story step by step; bullets would say it twice.
        bullets: [],
        exhibit: { type: 'figure', figure: 'isolation-history' },
        notes:
          'Tell the story in order. Early systems ran one application at a time and wasted CPU, memory, and disk. Multitasking fixed the waste but let applications interfere with each other: a failure or a security breach in one could affect the others. Virtual machines answered that with strong isolation at a high resource cost; containers keep the isolation but share one operating system, which makes them lighter. Everything else in this lecture follows from this trade-off.',
      },
    ],
  },
  {
    id: 'virtual-machines',
    title: 'Virtual machines',
    prose: [
      'Virtualization technology plays a crucial role in modern IT infrastructure. Some of the most well-known virtual machines (VMs) include VMware vSphere, Microsoft Hyper-V, Oracle VirtualBox, and Xen. These VMs are essential components in server virtualization and cloud computing, allowing multiple operating systems to run simultaneously on virtualized hardware, thereby maximizing efficiency in various enterprise environments.',
    ],
    references: ['microsoft-containers-vs-vm', 'gabia-server-virtualization'],
    slides: [
      {
        id: 'virtual-machines',
        title: 'Virtual machines',
        bullets: [
          'Virtualization plays a crucial role in modern IT infrastructure',
          'Essential to server virtualization and cloud computing',
        ],
        exhibit: { type: 'figure', figure: 'server-virtualization' },
        terms: ['hypervisor'],
        notes:
          'A virtual machine is a whole computer made of software. The hypervisor shares the real CPU, memory, and storage among several virtual machines, and each one boots its own operating system. This is what lets a data centre run many servers on one physical machine, and it is the basis of server virtualization and cloud computing.',
      },
      {
        id: 'vm-examples',
        title: 'Examples of VMs',
        bullets: [],
        exhibit: { type: 'products', kind: 'vm' },
        notes:
          'Four products students will meet. VMware vSphere and Microsoft Hyper-V are type-1 hypervisors for the enterprise; Xen is an open-source type-1 hypervisor that many cloud providers built on. Oracle VirtualBox is a type-2 hypervisor: it runs as an application on your own laptop, which makes it the one most students try first.',
      },
    ],
  },
  {
    id: 'containers',
    title: 'Containers',
    prose: [
      'Meanwhile, container technology, which has gained significant popularity recently, greatly enhances the portability and scalability of applications. Docker is the most widely used container platform, enabling easy deployment of containerized applications. Kubernetes serves as a container orchestration tool that effectively manages and deploys thousands of containerized applications. Additionally, LXC (Linux Containers) and Podman are container tools that provide system-level isolation in Linux environments and offer enhanced security and flexibility through a daemonless architecture, respectively.',
      'In this way, both virtual machines and container technologies have their own strengths within IT environments, and they are used selectively based on specific needs.',
    ],
    references: ['aws-containers-vs-vms', 'red-hat-containers-vs-vms'],
    slides: [
      {
        id: 'containers',
        title: 'Containers',
        bullets: [
          'Greatly enhance the portability and scalability of applications',
          'Both VMs and containers have their strengths; each is chosen for specific needs',
        ],
        exhibit: { type: 'figure', figure: 'container-platforms' },
        terms: ['container-orchestration'],
        notes:
          'Containers became popular because they make applications portable and easy to scale. Docker packages an application so that it runs the same everywhere; Kubernetes runs thousands of such containers across many machines. Stress the last point: containers did not replace virtual machines. Both are in use, and the choice depends on the need.',
      },
      {
        id: 'container-examples',
        title: 'Examples of containers',
        bullets: [],
        exhibit: { type: 'products', kind: 'container' },
        terms: ['daemonless-architecture'],
        notes:
          'Docker is the container engine most people start with. Kubernetes is not an engine but an orchestrator: it schedules containers that an engine runs. LXC runs whole system containers that feel like lightweight virtual machines. Podman works like Docker but has no central daemon, so each container runs as a process of the user who started it.',
      },
    ],
  },
  {
    id: 'architecture',
    title: 'Architecture',
    prose: [
      'While both VMs and containers offer isolation and efficient resource utilization, they differ fundamentally in their architecture and use cases. VMs virtualize physical hardware to run multiple operating systems on a single machine. Each VM includes a full copy of an operating system, the application, and necessary binaries and libraries, which can consume substantial system resources. This level of isolation is ideal for running applications that require different operating systems or for environments where complete isolation is necessary for security reasons.',
      "Containers, on the other hand, virtualize at the operating system level, allowing multiple applications to run in isolated user spaces while sharing the same OS kernel. This makes containers lightweight and faster to start, as they don't need to boot an entire operating system. Containers are well-suited for developing and deploying microservices, where applications are broken down into smaller, manageable pieces that can be developed, deployed, and scaled independently.",
      'Unlike containers, VMs run a complete operating system, including their own kernel, as shown in this diagram. Since it runs a complete operating system, including the kernel, it requires more system resources (CPU, memory, and storage).',
      // The seed's sentence began "It runs only ..." under a heading "Container" that the handout does not repeat.
      'A container runs only the user-mode portion of the operating system and can be adjusted to include only the services needed by the app, reducing system resource usage.',
    ],
    references: ['microsoft-containers-vs-vm', 'red-hat-containers-vs-vms', 'aws-containers-vs-vms'],
    slides: [
      {
        id: 'virtualization-levels',
        title: 'Two levels of virtualization',
        bullets: [
          'VMs virtualize physical hardware to run multiple operating systems on one machine',
          'Each VM carries a full OS, binaries and libraries, and the application',
          'Containers virtualize at the operating system level and share the OS kernel',
          "Containers start fast: they don't boot an entire operating system",
        ],
        terms: ['kernel', 'binaries-and-libraries'],
        notes:
          'This is the one idea to take away. A virtual machine pretends to be hardware, so it needs a complete operating system of its own, kernel included. A container pretends to be an operating system: it shares the kernel of the host and carries only its own binaries and libraries. Everything on the comparison slide follows from this difference.',
      },
      {
        id: 'architecture-figure',
        title: 'VM and container architecture',
        bullets: [
          'A VM runs a complete OS, including its own kernel, on a hypervisor',
          'A container runs only the user-mode part of the OS and shares the host kernel',
        ],
        exhibit: { type: 'figure', figure: 'architecture' },
        notes:
          'Read the figure from the bottom. On the left, the hypervisor sits on the hardware and every virtual machine brings its own guest operating system and kernel: three kernels for three apps. On the right, one host operating system and one kernel serve all containers; each container adds only its binaries, libraries, and app. That is why containers use fewer resources, and also why they are less isolated.',
      },
    ],
  },
  {
    id: 'comparison',
    title: 'Comparison',
    prose: [
      'Containers and virtual machines (VMs) are both technologies used to run software applications but differ significantly in their architecture and use cases.',
    ],
    references: [
      'microsoft-containers-vs-vm',
      'aws-containers-vs-vms',
      'red-hat-containers-vs-vms',
      'google-cloud-containers-vs-vms',
    ],
    slides: [
      {
        id: 'comparison',
        title: 'VMs and containers compared',
        bullets: [],
        exhibit: { type: 'comparison' },
        notes:
          'Reveal the rows one at a time and ask the room to predict each container cell before showing it. Every row follows from the architecture: a kernel of its own makes a VM slower to start, heavier, less portable, and better isolated; a shared kernel makes a container fast, light, portable, and less isolated.',
      },
    ],
  },
  {
    id: 'use-cases',
    title: 'Use cases',
    prose: [
      'Common use cases for virtual machines include testing in secure environments, development across different operating systems, application isolation, cloud computing, and disaster recovery.',
      'Containers are ideal for applications that need rapid deployment and scalability, such as web development, microservices architecture, cloud computing, and CI/CD pipelines.',
    ],
    references: ['microsoft-containers-vs-vm', 'google-cloud-containers-vs-vms'],
    slides: [
      {
        id: 'use-cases',
        title: 'When to use which',
        bullets: [
          'VMs: complete isolation, or applications that need different operating systems',
          'Containers: rapid deployment and scalability',
        ],
        exhibit: { type: 'use-cases' },
        terms: ['microservices'],
        notes:
          'Pick the tool by the need. When you must run another operating system, test something untrusted, or keep a strict security boundary, use a virtual machine. When you want to ship small services quickly and scale them up and down, use containers. Cloud computing appears on both sides: clouds use both.',
      },
    ],
  },
  {
    id: 'industry-adoption',
    title: 'Industry adoption',
    prose: [
      'Industries are adopting VMs and Containers to optimize their IT environments. Cloud service providers use virtualization to offer scalable Infrastructure-as-a-Service (IaaS), while software development teams leverage containers for Continuous Integration and Continuous Deployment (CI/CD) pipelines.',
    ],
    references: ['microsoft-azure-pipelines-architecture'],
    slides: [
      {
        id: 'industry-adoption',
        title: 'Industry adoption',
        bullets: ['Industries adopt VMs and containers to optimize their IT environments'],
        exhibit: { type: 'figure', figure: 'industry-adoption' },
        terms: ['iaas', 'ci-cd'],
        notes:
          'Two everyday examples. When you rent a server from a cloud provider, you get a virtual machine: that is Infrastructure-as-a-Service. When a development team pushes code, their CI/CD pipeline builds and tests it in fresh containers, often on virtual machines, as the Azure Pipelines reference architecture shows.',
      },
    ],
  },
  {
    id: 'looking-forward',
    title: 'Looking forward',
    prose: [
      'Looking forward, technologies like serverless computing and advanced container orchestration platforms are shaping the future of application deployment and management. The rise of edge computing and the Internet of Things (IoT) is influencing how virtualization and containerization technologies evolve to meet new performance, scalability, and security requirements.',
    ],
    references: ['google-cloud-containers-vs-vms'],
    slides: [
      {
        id: 'looking-forward',
        title: 'Looking forward',
        bullets: [],
        exhibit: { type: 'figure', figure: 'looking-forward' },
        terms: ['serverless-computing', 'edge-computing', 'iot'],
        notes:
          'Serverless platforms hide even the containers: you hand over a function and the provider runs it. Orchestration keeps getting smarter. At the edge, small devices need isolation too, with little memory and power, which pushes both technologies to become lighter and more secure.',
      },
    ],
  },
  {
    id: 'summary',
    title: 'Summary',
    // The seed's summary is two lists and the key differences: the slides' exhibits print them.
    prose: [],
    references: ['microsoft-containers-vs-vm', 'red-hat-containers-vs-vms'],
    slides: [
      {
        id: 'summary',
        title: 'Summary',
        bullets: [],
        exhibit: { type: 'profiles' },
        notes:
          'Read the two columns as a pair: each point on the left has its counterpart on the right. Virtual machines abstract the whole hardware and bring their own operating system; containers package an application with its dependencies and share the host kernel.',
      },
      {
        id: 'key-differences',
        title: 'Key differences',
        bullets: [],
        exhibit: { type: 'key-differences' },
        notes:
          'Four differences to remember: the operating system, resource usage, portability and speed, and isolation. If students remember only one, it should be the first, because the other three follow from it.',
      },
    ],
  },
  {
    id: 'conclusion',
    title: 'Conclusion',
    prose: [
      'Both virtual machines and containers have unique strengths and are essential tools in modern IT environments. Virtual machines are ideal for situations requiring complete isolation or when running applications that need different operating systems. Containers, on the other hand, are perfect for lightweight, rapid deployment scenarios. By understanding the differences and use cases of each technology, we can choose the most appropriate solution to meet our specific needs.',
    ],
    references: [],
    slides: [
      {
        id: 'conclusion',
        title: 'Conclusion',
        bullets: [
          'Both have unique strengths and are essential tools in modern IT environments',
          'Understand the differences to choose the most appropriate solution',
        ],
        exhibit: { type: 'figure', figure: 'choosing' },
        notes:
          'Close where we began: isolation has a price. Virtual machines pay more resources for complete isolation; containers pay some isolation for speed and lightness. Knowing which price your situation can afford is how you choose.',
      },
    ],
  },
];
