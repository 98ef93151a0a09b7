// The glossary. The first five entries are the author's, word for word; the rest are terms the lecture
// uses without defining them, defined in the same plain register.
import type { Term } from '../types.ts';

export const terms: Term[] = [
  {
    id: 'kernel',
    term: 'Kernel',
    definition:
      'The kernel is the core component of an operating system that manages system resources and facilitates communication between hardware and software.',
    source: 'seed',
  },
  {
    id: 'binaries-and-libraries',
    term: 'Binaries and Libraries',
    definition:
      'Binaries are executable program files, and libraries are collections of precompiled routines that programs can use. Both are essential for running applications.',
    source: 'seed',
  },
  {
    id: 'iaas',
    term: 'Infrastructure-as-a-Service (IaaS)',
    definition:
      'IaaS is a cloud computing service model that provides virtualized computing resources over the internet, allowing users to rent infrastructure like servers and storage instead of owning them.',
    source: 'seed',
  },
  {
    id: 'ci-cd',
    term: 'Continuous Integration and Continuous Deployment (CI/CD)',
    definition:
      'CI/CD are software development practices where code changes are automatically integrated, tested, and deployed, enabling rapid and reliable software updates.',
    source: 'seed',
  },
  {
    id: 'container-orchestration',
    term: 'Container Orchestration Platforms',
    definition:
      'These platforms automate the deployment, management, scaling, and networking of containers. Kubernetes is a prominent example of such a platform.',
    source: 'seed',
  },
  {
    id: 'hypervisor',
    term: 'Hypervisor',
    definition:
      'Software that creates and runs virtual machines and shares the physical CPU, memory, and storage among them. A type-1 hypervisor runs directly on the hardware; a type-2 hypervisor runs as an application on a host operating system.',
    source: 'added',
  },
  {
    id: 'daemonless-architecture',
    term: 'Daemonless Architecture',
    definition:
      'A design in which a container tool starts containers as ordinary processes of the user who runs it, without a central background service (daemon) that holds privileges for everyone. Podman works this way.',
    source: 'added',
  },
  {
    id: 'microservices',
    term: 'Microservices',
    definition:
      'An architecture in which an application is broken down into smaller, manageable services that can be developed, deployed, and scaled independently.',
    source: 'added',
  },
  {
    id: 'serverless-computing',
    term: 'Serverless Computing',
    definition:
      'A cloud execution model in which the provider runs code on demand and manages the servers, so that developers deploy functions or applications without provisioning or managing infrastructure.',
    source: 'added',
  },
  {
    id: 'edge-computing',
    term: 'Edge Computing',
    definition:
      'Processing data close to where it is produced, on devices or nearby servers rather than in a distant data center, to reduce latency and network traffic.',
    source: 'added',
  },
  {
    id: 'iot',
    term: 'Internet of Things (IoT)',
    definition:
      'The network of physical devices, such as sensors, appliances, and machines, that are connected to the internet and exchange data.',
    source: 'added',
  },
];
