/** Storage keys shared by the content scripts, the background and the extension pages. */

/** storage.sync: false turns automatic article detection off (the button still works on demand). */
export const AUTO_DETECT_KEY = 'autoDetect';

/** storage.sync: true shows images and figures in the popup's article. */
export const SHOW_IMAGES_KEY = 'popupShowImages';
