export const tag = 'relative-import';
