/**
 * The one favicon of the landing page and the three portals (each page links /favicon.svg):
 * Hearth's house mark in the portals' navy and yellow.
 */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<rect width="64" height="64" rx="12" fill="#12355b"/>
<path d="M32 12 10 31h6v21h12V40h8v12h12V31h6z" fill="#f7f5f0"/>
<rect x="28" y="40" width="8" height="12" fill="#f2b705"/>
</svg>
`;

/** The tag each page's head carries. */
export const FAVICON_LINK = '<link rel="icon" type="image/svg+xml" href="/favicon.svg">';
