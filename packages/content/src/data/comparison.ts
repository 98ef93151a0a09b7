// The seed's comparison table, its summary of each side and its key differences. The isolation row is
// not in the seed's table; it comes from the seed's key differences and summary ("VMs offer greater
// isolation", "Less isolated than VMs"). Headings are in sentence case, as every heading of the lecture is
// ("Virtual machines", "Resource usage"); the seed set these few in Title Case.
import type { Comparison, KeyDifference, Profiles } from '../types.ts';

export const comparison: Comparison = {
  title: 'Virtual machines and containers compared',
  columns: { aspect: 'Feature', vm: 'Virtual machines', container: 'Containers' },
  rows: [
    {
      id: 'operating-system',
      aspect: 'Operating system',
      vm: 'Has its own kernel',
      container: 'Shares host OS kernel',
    },
    { id: 'portability', aspect: 'Portability', vm: 'Less portable', container: 'Highly portable' },
    {
      id: 'speed',
      aspect: 'Speed',
      vm: 'Slow startup and shutdown',
      container: 'Fast startup and shutdown',
    },
    {
      id: 'resource-usage',
      aspect: 'Resource usage',
      vm: 'Uses more resources',
      container: 'Uses fewer resources',
    },
    {
      id: 'use-cases',
      aspect: 'Use cases',
      vm: 'Suitable for isolated applications',
      container: 'Suitable for portable and scalable applications',
    },
    {
      id: 'isolation',
      aspect: 'Isolation',
      vm: 'Offers greater isolation',
      container: 'Less isolated than VMs',
    },
  ],
};

export const keyDifferences: KeyDifference[] = [
  {
    id: 'operating-system',
    aspect: 'Operating system',
    text: 'Containers share the host OS kernel; VMs have their own OS.',
  },
  {
    id: 'resource-usage',
    aspect: 'Resource usage',
    text: 'Containers use fewer resources; VMs are more resource-intensive.',
  },
  {
    id: 'portability-and-speed',
    aspect: 'Portability and speed',
    text: 'Containers are highly portable with fast startup times; VMs are less portable with slower startup times.',
  },
  {
    id: 'isolation',
    aspect: 'Isolation',
    text: 'VMs offer greater isolation compared to containers.',
  },
];

export const profiles: Profiles = {
  vm: {
    title: 'Virtual machines',
    points: [
      'Provide an abstracted version of the entire hardware of a physical machine.',
      'Each VM runs its own operating system and uses a hypervisor to access hardware resources.',
      'More resource-intensive but offer higher levels of isolation, which is crucial for security and compliance.',
      'Common use cases include testing in secure environments, development across different operating systems, application isolation, cloud computing, and disaster recovery.',
    ],
    useCases: [
      { id: 'secure-testing', label: 'Testing in secure environments' },
      { id: 'cross-os-development', label: 'Development across different operating systems' },
      { id: 'application-isolation', label: 'Application isolation' },
      { id: 'cloud-computing', label: 'Cloud computing' },
      { id: 'disaster-recovery', label: 'Disaster recovery' },
    ],
  },
  container: {
    title: 'Containers',
    points: [
      'Are lightweight, portable executable images containing applications and their dependencies.',
      "Share the host operating system's kernel, allowing for faster startup and shutdown with fewer resources.",
      'Less isolated than VMs but highly portable and efficient.',
      'Ideal for applications that need rapid deployment and scalability, such as web development, microservices architecture, cloud computing, and CI/CD pipelines.',
    ],
    useCases: [
      { id: 'web-development', label: 'Web development' },
      { id: 'microservices-architecture', label: 'Microservices architecture' },
      { id: 'cloud-computing', label: 'Cloud computing' },
      { id: 'ci-cd-pipelines', label: 'CI/CD pipelines' },
    ],
  },
};
