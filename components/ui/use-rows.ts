import { useRef, useState } from "react";

/**
 * Keys of repeatable rows (such as the editor's sources and related entries). Each row keeps its key
 * while others are removed, so what was typed stays in its row; field names
 * follow the row's position, as the form reader expects.
 */
export function useRows(count: number) {
  const next = useRef(count);
  const [keys, setKeys] = useState(() => Array.from({ length: count }, (_, i) => i));
  return {
    keys,
    add: () => setKeys((k) => [...k, next.current++]),
    remove: (key: number) => setKeys((k) => k.filter((x) => x !== key)),
  };
}
