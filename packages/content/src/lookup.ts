// Lookups by id and small views of the lecture that every renderer needs.
import { lecture as defaultLecture } from './data/lecture.ts';
import type {
  Figure,
  Lecture,
  Product,
  ProductCategory,
  ProductLicense,
  Reference,
  Section,
  Side,
  Term,
} from './types.ts';

export function getSection(id: string, from: Lecture = defaultLecture): Section | undefined {
  return from.sections.find((s) => s.id === id);
}

export function getTerm(id: string, from: Lecture = defaultLecture): Term | undefined {
  return from.terms.find((t) => t.id === id);
}

export function getProduct(id: string, from: Lecture = defaultLecture): Product | undefined {
  return from.products.find((p) => p.id === id);
}

export function getReference(id: string, from: Lecture = defaultLecture): Reference | undefined {
  return from.references.find((r) => r.id === id);
}

export function getFigure(id: string, from: Lecture = defaultLecture): Figure | undefined {
  return from.figures.find((f) => f.id === id);
}

/** The products of one side, in lecture order. */
export function productsOfKind(kind: Side, from: Lecture = defaultLecture): Product[] {
  return from.products.filter((p) => p.kind === kind);
}

/** The number a reference is cited by, [1] first; undefined for an unknown id. */
export function referenceNumber(id: string, from: Lecture = defaultLecture): number | undefined {
  const index = from.references.findIndex((r) => r.id === id);
  return index < 0 ? undefined : index + 1;
}

const categoryLabels: Record<ProductCategory, string> = {
  'type-1-hypervisor': 'Type-1 hypervisor',
  'type-2-hypervisor': 'Type-2 hypervisor',
  'container-engine': 'Container engine',
  orchestrator: 'Orchestrator',
  'system-container-manager': 'System container manager',
};

/** How a product category is written for readers: `Type-1 hypervisor`. */
export function categoryLabel(category: ProductCategory): string {
  return categoryLabels[category];
}

/** How a licence is written for readers: `Apache-2.0`, `Proprietary`. */
export function licenseLabel(license: ProductLicense): string {
  return license.model === 'open-source' ? license.spdx : 'Proprietary';
}
