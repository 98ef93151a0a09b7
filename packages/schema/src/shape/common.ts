// Building blocks shared by the lecture's schemas: ids, text, URLs and dates.
import { z } from 'zod';

/** A stable, URL-safe identifier: lowercase words joined by hyphens (`resource-usage`). */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "resource-usage"')
  .meta({ description: 'Stable identifier: lowercase letters and digits joined by single hyphens.' });

/**
 * Text a reader sees. What makes text readable (visible, printable, well-formed, short enough) is the `readable-text` rule, so that
 * every rule of the data speaks with one voice and the schema stays about shape.
 */
export const Text = z.string();

/** An absolute URL. The `https-urls` rule additionally requires the https scheme. */
export const Url = z.url({ error: 'expected an absolute URL' });

/**
 * A date written as ISO 8601, `YYYY-MM-DD`. Whether that day exists (2024-02-30 does not) is the
 * `calendar-dates` rule's to say, beside every other problem of the lecture.
 */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .meta({ format: 'date' });

/** The two sides every comparison in this lecture is about. */
export const Side = z.enum(['vm', 'container']).meta({
  description: '"vm" for virtual machines, "container" for containers.',
});
export type Side = z.infer<typeof Side>;
