// The zones the editor offers: one per country of the region (its capital's),
// plus UTC. A fixed list, so the server and the browser render the same
// options; the schema accepts any zone Intl knows (an API client may send one).

export const OFFERED_TIME_ZONES = [
  "UTC",
  "Atlantic/Reykjavik", "Europe/Lisbon", "Europe/London", "Europe/Dublin",
  "Europe/Amsterdam", "Europe/Andorra", "Europe/Belgrade", "Europe/Berlin", "Europe/Bratislava", "Europe/Brussels", "Europe/Budapest",
  "Europe/Copenhagen", "Europe/Ljubljana", "Europe/Luxembourg", "Europe/Madrid", "Europe/Malta", "Europe/Monaco", "Europe/Oslo", "Europe/Paris",
  "Europe/Podgorica", "Europe/Prague", "Europe/Rome", "Europe/San_Marino", "Europe/Sarajevo", "Europe/Skopje", "Europe/Stockholm", "Europe/Tirane",
  "Europe/Vaduz", "Europe/Vienna", "Europe/Warsaw", "Europe/Zagreb", "Europe/Zurich",
  "Europe/Athens", "Europe/Bucharest", "Europe/Chisinau", "Europe/Helsinki", "Europe/Kyiv", "Europe/Riga", "Europe/Sofia", "Europe/Tallinn", "Europe/Vilnius",
  "Asia/Nicosia", "Europe/Istanbul", "Europe/Minsk", "Asia/Tbilisi", "Asia/Yerevan", "Asia/Baku",
] as const;
