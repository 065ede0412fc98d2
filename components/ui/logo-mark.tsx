/** Pedigree's mark: a base model (top), a teacher's dataset (right) and the student both lead to (bottom). */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <defs>
        <linearGradient id="pedigree-logo-fill" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#7b6ff5" />
          <stop offset="1" stopColor="#4a3fcc" />
        </linearGradient>
      </defs>
      <rect width="32" height="32" rx="8" fill="url(#pedigree-logo-fill)" />
      <g stroke="#fff" strokeWidth="2" strokeLinecap="round" fill="none">
        <path d="M11 9.5V22.5" strokeOpacity="0.55" />
        <path d="M11 9.5C11 14 21.5 12 21.5 16C21.5 20 11 18 11 22.5" />
      </g>
      <circle cx="11" cy="9" r="3" fill="#fff" />
      <circle cx="21.5" cy="16" r="2.6" fill="#4a3fcc" stroke="#fff" strokeWidth="2" />
      <circle cx="11" cy="23" r="3" fill="#fff" />
    </svg>
  );
}
