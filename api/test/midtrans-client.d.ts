// The official Midtrans client ships no types; the simulator test drives it as plain JavaScript.
declare module 'midtrans-client';
