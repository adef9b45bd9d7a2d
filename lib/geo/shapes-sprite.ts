import "server-only";
import { createHash } from "node:crypto";
import { europeShapes } from "./europe-shapes";

// The map's outlines as one SVG file of <path id="…"> definitions, which pages
// draw with <use href="/map/europe-shapes.svg?v=…#RO">. The outlines never
// change with the catalogue, so the browser fetches them once and caches them
// for good, and each page carries only its colours and links: inlined, the
// outlines would be sent twice with every page view (in the HTML and again in
// React's payload), some 150 KB.

export const SPRITE_PATH = "/map/europe-shapes.svg";

/** The id of the context (countries outside the catalogue) in the sprite. */
export const CONTEXT_ID = "context";

type Sprite = { svg: string; version: string };

function buildSprite(): Sprite {
  const shapes = europeShapes();
  // No fill or stroke here: each <use> sets them, and they inherit into the copy.
  const paths = [
    `<path id="${CONTEXT_ID}" d="${shapes.context}"/>`,
    ...shapes.countries.filter((c) => c.d !== "").map((c) => `<path id="${c.code}" d="${c.d}"/>`),
  ];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${shapes.width} ${shapes.height}"><defs>${paths.join("")}</defs></svg>`;
  return { svg, version: createHash("sha256").update(svg).digest("base64url").slice(0, 12) };
}

let sprite: Sprite | undefined;

export function shapesSprite(): Sprite {
  sprite ??= buildSprite();
  return sprite;
}

/** The sprite's address, versioned by its content so it can be cached for ever. */
export function spriteHref(id: string): string {
  return `${SPRITE_PATH}?v=${shapesSprite().version}#${id}`;
}
