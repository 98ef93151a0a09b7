// How virtual machines and containers differ: the comparison table, the key differences,
// each side's profile (the summary) and its use cases.
import { z } from 'zod';
import { Id, Text } from './common.ts';

export const ComparisonRow = z.strictObject({
  id: Id,
  aspect: Text,
  vm: Text,
  container: Text,
});
export type ComparisonRow = z.infer<typeof ComparisonRow>;

export const Comparison = z.strictObject({
  title: Text,
  columns: z.strictObject({ aspect: Text, vm: Text, container: Text }),
  rows: z.array(ComparisonRow).min(1),
});
export type Comparison = z.infer<typeof Comparison>;

export const KeyDifference = z.strictObject({
  id: Id,
  aspect: Text,
  text: Text,
});
export type KeyDifference = z.infer<typeof KeyDifference>;

export const UseCase = z.strictObject({
  id: Id,
  label: Text,
});
export type UseCase = z.infer<typeof UseCase>;

/** One side of the lecture's summary: what characterises it, and what it is used for. */
export const Profile = z.strictObject({
  title: Text,
  points: z.array(Text).min(1),
  useCases: z.array(UseCase).min(1),
});
export type Profile = z.infer<typeof Profile>;

export const Profiles = z.strictObject({
  vm: Profile,
  container: Profile,
});
export type Profiles = z.infer<typeof Profiles>;
