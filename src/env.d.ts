/** True in the single-file build (file://): no service worker, no separate worker files. */
declare const __SINGLE_FILE__: boolean;
