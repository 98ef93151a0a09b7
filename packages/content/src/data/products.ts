// The eight products the lecture names as examples, with the author's descriptions and checked facts.
import type { Product } from '../types.ts';

export const products: Product[] = [
  {
    id: 'vmware-vsphere',
    name: 'VMware vSphere',
    kind: 'vm',
    category: 'type-1-hypervisor',
    description:
      'An enterprise virtualization solution that supports server virtualization and cloud computing.',
    vendor: 'VMware (Broadcom)',
    license: { model: 'proprietary' },
    homepage: 'https://www.vmware.com/products/cloud-infrastructure/vsphere',
  },
  {
    id: 'microsoft-hyper-v',
    name: 'Microsoft Hyper-V',
    kind: 'vm',
    category: 'type-1-hypervisor',
    description:
      'A virtualization platform included in Windows Server that supports various operating systems.',
    vendor: 'Microsoft',
    license: { model: 'proprietary', note: 'Included with Windows Server and some Windows editions.' },
    homepage:
      'https://learn.microsoft.com/en-us/windows-server/virtualization/hyper-v/hyper-v-technology-overview',
  },
  {
    id: 'oracle-virtualbox',
    name: 'Oracle VirtualBox',
    kind: 'vm',
    category: 'type-2-hypervisor',
    description: 'An open-source virtualization software popular among individual users and developers.',
    vendor: 'Oracle',
    license: {
      model: 'open-source',
      spdx: 'GPL-3.0-only',
      note: 'The base package; the optional Extension Pack has its own proprietary licence.',
    },
    homepage: 'https://www.virtualbox.org/',
  },
  {
    id: 'xen',
    name: 'Xen',
    kind: 'vm',
    category: 'type-1-hypervisor',
    description: 'An open-source hypervisor widely used by cloud service providers.',
    vendor: 'Xen Project (Linux Foundation)',
    license: { model: 'open-source', spdx: 'GPL-2.0-only' },
    homepage: 'https://xenproject.org/',
  },
  {
    id: 'docker',
    name: 'Docker',
    kind: 'container',
    category: 'container-engine',
    description:
      'The most widely used container platform that containerizes applications to provide portability and scalability.',
    vendor: 'Docker, Inc.',
    license: {
      model: 'open-source',
      spdx: 'Apache-2.0',
      note: 'Docker Engine (the Moby project); Docker Desktop is proprietary.',
    },
    homepage: 'https://www.docker.com/',
  },
  {
    id: 'kubernetes',
    name: 'Kubernetes',
    kind: 'container',
    category: 'orchestrator',
    description:
      'A container orchestration tool that manages and deploys large-scale containerized applications.',
    vendor: 'Cloud Native Computing Foundation (CNCF)',
    license: { model: 'open-source', spdx: 'Apache-2.0' },
    homepage: 'https://kubernetes.io/',
  },
  {
    id: 'lxc',
    name: 'LXC (Linux Containers)',
    kind: 'container',
    category: 'system-container-manager',
    description:
      'A system-level container tool that leverages Linux kernel features to provide isolated containers.',
    vendor: 'Linux Containers project (linuxcontainers.org)',
    license: { model: 'open-source', spdx: 'LGPL-2.1-or-later' },
    homepage: 'https://linuxcontainers.org/lxc/',
  },
  {
    id: 'podman',
    name: 'Podman',
    kind: 'container',
    category: 'container-engine',
    description:
      'Similar to Docker, but uses a daemonless architecture to enhance security and flexibility for container management.',
    vendor: 'Red Hat and the Containers community',
    license: { model: 'open-source', spdx: 'Apache-2.0' },
    homepage: 'https://podman.io/',
  },
];
