/**
 * DCF HART's email address, from the HART web page (2024): questions, training requests and
 * non-urgent contact. The `dcf-hart-email` hotline uses it; a widget that needs only the address
 * (the training-request form) imports it from here instead of every hotline.
 */
export const HART_EMAIL = 'DCFHART@ct.gov';
