// The lecture's figures, one for each section that is not already a table: the architecture figure the seed
// refers to ("as shown in this diagram") but lost, and pictures of what the other sections tell. Every word
// comes from the seed (../../seed/vm-vs-container.txt) or from the slides' bullets that condense it.
import type { Figure } from '../types.ts';

export const figures: Figure[] = [
  {
    id: 'isolation-history',
    kind: 'flow',
    title: 'Why isolation grew: from one application at a time to containers',
    alt: 'Five steps from left to right. One application at a time: CPU, memory, and disk wasted. Multitasking: better resource utilization. Conflicts and breaches: a failure in one application can affect others. Virtual machines: isolated, but using a lot of resources. Containers: isolated, while sharing the same operating system.',
    lanes: [
      {
        id: 'history',
        steps: [
          { id: 'one-at-a-time', label: 'One application at a time', detail: 'CPU, memory, and disk wasted' },
          { id: 'multitasking', label: 'Multitasking', detail: 'Better resource utilization' },
          {
            id: 'conflicts',
            label: 'Conflicts and breaches',
            detail: 'A failure in one application can affect others',
          },
          {
            id: 'virtual-machines',
            label: 'Virtual machines',
            detail: 'Isolated, but use a lot of resources',
            side: 'vm',
          },
          {
            id: 'containers',
            label: 'Containers',
            detail: 'Isolated, sharing the same operating system',
            side: 'container',
          },
        ],
      },
    ],
  },
  {
    id: 'server-virtualization',
    kind: 'stacks',
    title: 'Server virtualization: several operating systems on one machine',
    alt: 'One physical server: its hardware, then a hypervisor, then three virtual machines side by side, each running its own operating system and its applications at the same time.',
    stacks: [
      {
        id: 'server',
        side: 'vm',
        title: 'One physical server',
        host: [
          { id: 'hardware', label: 'Hardware', role: 'hardware' },
          { id: 'hypervisor', label: 'Hypervisor', role: 'hypervisor' },
        ],
        guests: [1, 2, 3].map((n) => ({
          id: `vm-${n}`,
          label: `VM ${n}`,
          layers: [
            { id: 'os', label: `Operating system ${n}`, role: 'kernel' as const },
            { id: 'apps', label: 'Applications', role: 'app' as const },
          ],
        })),
        caption: 'Multiple operating systems run simultaneously on virtualized hardware.',
      },
    ],
  },
  {
    id: 'container-platforms',
    kind: 'flow',
    title: 'From an application to thousands of containers',
    alt: 'Three steps from left to right. An application and its dependencies; Docker packages it as a container and deploys it; Kubernetes manages and deploys thousands of containers.',
    lanes: [
      {
        id: 'platforms',
        steps: [
          { id: 'application', label: 'An application', detail: 'with its dependencies' },
          {
            id: 'docker',
            label: 'Docker',
            detail: 'packages it as a container and deploys it',
            side: 'container',
          },
          {
            id: 'kubernetes',
            label: 'Kubernetes',
            detail: 'manages and deploys thousands of containers',
            side: 'container',
          },
        ],
      },
    ],
  },
  {
    id: 'architecture',
    kind: 'stacks',
    title: 'Virtual machine and container architecture',
    alt: 'Two stacks side by side. Left, virtual machines: hardware, then a hypervisor, then three virtual machines, each with its own guest operating system and kernel, its own binaries and libraries, and its app. Right, containers: hardware, then one host operating system with one kernel, then a container engine, then three containers, each with only its binaries and libraries and its app, all sharing the host kernel.',
    stacks: [
      {
        id: 'vm',
        side: 'vm',
        title: 'Virtual machines',
        host: [
          { id: 'hardware', label: 'Hardware', role: 'hardware' },
          { id: 'hypervisor', label: 'Hypervisor', role: 'hypervisor' },
        ],
        guests: [1, 2, 3].map((n) => ({
          id: `vm-${n}`,
          label: `VM ${n}`,
          layers: [
            { id: 'guest-os', label: 'Guest OS + kernel', role: 'kernel' as const },
            { id: 'bins-libs', label: 'Bins / libs', role: 'libraries' as const },
            { id: 'app', label: `App ${String.fromCharCode(64 + n)}`, role: 'app' as const },
          ],
        })),
        caption: 'Each VM runs a complete operating system, including its own kernel, on a hypervisor.',
      },
      {
        id: 'container',
        side: 'container',
        title: 'Containers',
        host: [
          { id: 'hardware', label: 'Hardware', role: 'hardware' },
          { id: 'host-os', label: 'Host OS + kernel', role: 'kernel' },
          { id: 'container-engine', label: 'Container engine', role: 'runtime' },
        ],
        guests: [1, 2, 3].map((n) => ({
          id: `container-${n}`,
          label: `Container ${n}`,
          layers: [
            { id: 'bins-libs', label: 'Bins / libs', role: 'libraries' as const },
            { id: 'app', label: `App ${String.fromCharCode(64 + n)}`, role: 'app' as const },
          ],
        })),
        caption:
          'Containers share the host kernel and carry only the user-mode part of the operating system that the app needs.',
      },
    ],
  },
  {
    id: 'industry-adoption',
    kind: 'flow',
    title: 'Who uses which, and for what',
    alt: 'Two rows. Cloud service providers use virtualization to offer scalable Infrastructure-as-a-Service (IaaS): servers and storage to rent. Software development teams use containers in CI/CD pipelines: code changes integrated, tested, and deployed automatically.',
    lanes: [
      {
        id: 'cloud',
        steps: [
          { id: 'providers', label: 'Cloud service providers' },
          { id: 'virtualization', label: 'Virtualization', side: 'vm' },
          { id: 'iaas', label: 'Scalable IaaS', detail: 'servers and storage to rent' },
        ],
      },
      {
        id: 'development',
        steps: [
          { id: 'teams', label: 'Software development teams' },
          { id: 'containers', label: 'Containers', side: 'container' },
          { id: 'ci-cd', label: 'CI/CD pipelines', detail: 'code integrated, tested, and deployed' },
        ],
      },
    ],
  },
  {
    id: 'looking-forward',
    kind: 'flow',
    title: 'What shapes what comes next',
    alt: 'Two rows. Serverless computing and advanced container orchestration shape the future of application deployment and management. Edge computing and the Internet of Things (IoT) bring new performance, scalability, and security requirements, to which virtualization and containerization evolve.',
    lanes: [
      {
        id: 'deployment',
        steps: [
          { id: 'serverless', label: 'Serverless computing', detail: 'and advanced container orchestration' },
          {
            id: 'management',
            label: 'Application deployment and management',
            detail: 'shaped for the future',
          },
        ],
      },
      {
        id: 'edge',
        steps: [
          { id: 'edge-iot', label: 'Edge computing', detail: 'and the Internet of Things (IoT)' },
          { id: 'requirements', label: 'New requirements', detail: 'performance, scalability, and security' },
          { id: 'evolution', label: 'Virtualization and containerization evolve' },
        ],
      },
    ],
  },
  {
    id: 'choosing',
    kind: 'flow',
    title: 'Choosing by the need',
    alt: 'Two rows. Complete isolation, or applications that need different operating systems, lead to a virtual machine. Lightweight, rapid deployment leads to a container.',
    lanes: [
      {
        id: 'isolation',
        steps: [
          { id: 'need', label: 'Complete isolation', detail: 'or a different operating system' },
          { id: 'vm', label: 'Virtual machine', side: 'vm' },
        ],
      },
      {
        id: 'deployment',
        steps: [
          { id: 'need', label: 'Lightweight, rapid deployment' },
          { id: 'container', label: 'Container', side: 'container' },
        ],
      },
    ],
  },
];
