/* resolve.h: alias merging across documents: one entity per real-world referent, with a log of why. */
#ifndef KG_RESOLVE_H
#define KG_RESOLVE_H

#include "../core/core.h"
#include "../lex/lex.h"

/* Makes *out (new, caller frees) from in (borrowed): entities that name the same referent are merged
 * under one canonical name (transliteration variants Zelensky/Zelenskiy/Zelenskyy, Antony/Anthony,
 * Dmitry/Dmytro, a middle initial, a surname alone when only one person has it; place and organisation
 * variants US/U.S./United States/America, UK/Britain, EU/European Union). Each merged alias gets a line
 * in the entity's why. People who share a surname but differ in first name stay apart. Triples are
 * rewritten to the canonical names; identical triples stay (the graph merges them). */
int kg_resolve(kg_facts **out, const kg_facts *in, const kg_lex *lex, kg_error *err);

#endif
