/* language.c: tells English text from text in another language, by the function words it uses. */
#include "text_internal.h"

#include <string.h>

/* Function words of English, and of the languages news pages in Latin script are most often in
 * besides (German, Dutch, French, Spanish, Portuguese, Italian, Indonesian and Malay); a word that is
 * a function word in English and another language counts for English. NULL-terminated. */
static const char *const english_words[] = { "the", "of", "and", "to", "in", "a", "is", "that", "for", "on",
	"with", "as", "was", "by", "it", "at", "from", "his", "her", "be", "are", "were", "has", "have", "said",
	"an", "this", "which", "not", "but", "he", "she", "they", "their", "its", "or", "will", "who", NULL };
static const char *const other_words[] = { "der", "die", "das", "und", "von", "mit", "den", "ist", "ein",
	"eine", "für", "auf", "zu", "nicht", "sich", "het", "een", "van", "voor", "niet", "le", "les", "des",
	"et", "est", "une", "dans", "pour", "pas", "sur", "qui", "el", "los", "las", "y", "por", "que", "una",
	"del", "de", "da", "do", "em", "um", "uma", "para", "com", "não", "os", "il", "che", "di", "per",
	"non", "con", "sono", "yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "tidak",
	"adalah", NULL };

/* 1 when w[0..n), lower-cased ASCII, is one of list. */
static int one_of(const char *const *list, const char *w, size_t n)
{
	for (size_t i = 0; list[i]; i++)
		if (strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
			return 1;
	return 0;
}

int kg_text_looks_english(const char *text, size_t n)
{
	size_t english = 0, other = 0, latin = 0, nonlatin = 0;
	char w[16];

	for (size_t i = 0; i < n;) {
		unsigned char ch = (unsigned char)text[i];
		size_t k = 0;
		int ascii = 1;
		if (!(ch >= 'A' && ch <= 'Z') && !(ch >= 'a' && ch <= 'z') && ch < 0xC0) {
			i++;
			continue;
		}
		/* one word: ASCII letters and UTF-8 sequences */
		while (i < n) {
			ch = (unsigned char)text[i];
			if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')) {
				if (k < sizeof(w))
					w[k] = (char)(ch | 0x20);
				k++;
				latin++;
				i++;
			} else if (ch >= 0xC0) {
				size_t len = ch >= 0xF0 ? 4 : ch >= 0xE0 ? 3 : 2;
				/* Latin letters with diacritics (U+00C0-U+024F) start with 0xC3-0xC9 */
				if (ch >= 0xC3 && ch <= 0xC9)
					latin++;
				else
					nonlatin++;
				for (size_t b = 0; b < len && i < n; b++, i++)
					if (k < sizeof(w))
						w[k++] = (char)text[i];
				ascii = 0;
			} else if (ch >= 0x80) {
				i++;
			} else {
				break;
			}
		}
		if (k == 0 || k > sizeof(w))
			continue;
		if (ascii && one_of(english_words, w, k))
			english++;
		else if (one_of(other_words, w, k))
			other++;
	}
	if (nonlatin > latin && nonlatin >= 20)
		return 0; /* Cyrillic, Arabic, Chinese, Japanese ... */
	return !(other >= 10 && other > 2 * english);
}
