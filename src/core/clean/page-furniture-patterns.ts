/**
 * Shapes of the short lines that page templates put around an article: bylines, date lines,
 * author bios and contact lines. Used only on blocks at the edges of the body.
 */

/** "By Jane Doe", "Por Ana", "Di Marco", "Oleh Budi", "Von Max", "Par Luc", "기자". */
export const BYLINE = /^(?:by|por|di|oleh|von|par|door|av|af|от|від)\s+\S|기자$|^written by\b/i;

/** Dates and times in many notations: 2019-11-19, 19/11/2019, Nov 19, 6:55 AM, 10:48. */
export const DATE_OR_TIME =
  /\b\d{4}[-./]\d{1,2}[-./]\d{1,2}\b|\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}년|\b(?:ago|yesterday|today)\b/i;

/** Words that open a date line: "Updated", "Published", "Atualizado", "Aggiornato". */
export const DATE_LABEL =
  /^(?:updated|published|posted|last updated|modified|atualizado|publicado|actualizado|aggiornato|pubblicato|diperbarui|diterbitkan|mis à jour|publié|aktualisiert|veröffentlicht|입력|수정|опубліковано|оновлено)\b/i;

/** Author bio and contact lines: "X is a reporter for Y", "Follow her on Twitter", e-mails. */
export const BIO_OR_CONTACT =
  /\bis an? (?:[\w-]+ ){0,3}(?:reporter|writer|correspondent|editor|journalist|contributor|columnist|producer)\b|\bfollow (?:him|her|them|me|us) on\b|\bmay be reached at\b|\b(?:can be )?reached at\b|[\w.+-]+@[\w-]+\.[\w.]+|^@\w+$/i;
