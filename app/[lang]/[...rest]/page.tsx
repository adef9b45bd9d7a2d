import { notFound } from "next/navigation";

// Any address under a language that names no page: the not-found page, in that language.
export default function UnknownPage(): never {
  notFound();
}
