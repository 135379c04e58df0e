// The parts of a locale file served by client/build/locale-parts.ts; their keys are typed through id.json (t()).
declare module 'virtual:locale/*' {
  const words: Record<string, unknown>;
  export default words;
}
