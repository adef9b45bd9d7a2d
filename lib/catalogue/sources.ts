import { z } from "zod";
import { factSourceSchema } from "./schema";

export type FactSource = z.infer<typeof factSourceSchema>;

const storedList = z.array(z.unknown()).catch([]);
const titleOnly = z.object({ title: factSourceSchema.shape.title, note: factSourceSchema.shape.note.catch(undefined) });

/**
 * An entry's stored sources, read one by one: a source the rules refuse today
 * (an address from before the web-address rule, say) loses only what is wrong
 * with it, not the whole list with every other source's link.
 */
export function storedSources(value: unknown): FactSource[] {
  return storedList.parse(value).flatMap((item) => {
    const whole = factSourceSchema.safeParse(item);
    if (whole.success) return [whole.data];
    const title = titleOnly.safeParse(item);
    if (!title.success) return [];
    return [title.data.note === undefined ? { title: title.data.title } : { title: title.data.title, note: title.data.note }];
  });
}
