// The architecture figure the seed refers to ("as shown in this diagram") but lost: a VM host beside a
// container host, layers bottom to top, drawn from the seed's "Additional" section.
import type { Figure } from '../schema/index.ts';

export const figures: Figure[] = [
  {
    id: 'architecture',
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
];
