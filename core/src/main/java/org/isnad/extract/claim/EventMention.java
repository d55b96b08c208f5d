package org.isnad.extract.claim;

/**
 * One event trigger in a sentence with what its context says about it.
 *
 * @param clauseStart first token of the trigger's clause
 * @param clauseEnd   token after the clause
 * @param negated     a negation governs it ("لم يقتل", "عدم وقوع", "نفى ... قصف")
 * @param future      future or intention ("ستقصف", "سوف", "يعتزم", "يهدد بـ")
 * @param hypothetical conditional ("إذا", "لو", "في حال")
 * @param attempt     an attempt or plan ("حاول", "محاولة")
 * @param modal       obligation or possibility ("يجب", "يمكن", "قد" + imperfect)
 * @param supported   a support verb makes the event noun a reported act ("شنت غارة", "تعرض لهجوم")
 * @param reported    a passive, aspectual or announcing verb reports the event noun as done or under way
 *                    ("تم التوصل إلى اتفاق", "بدأت عملية إجلاء", "أعلنت روسيا التوصل"); kept apart from
 *                    {@code supported} because the event filter was trained without it
 */
public record EventMention(EventLexicon.Trigger trigger, int clauseStart, int clauseEnd, boolean negated,
                           boolean future, boolean hypothetical, boolean attempt, boolean modal,
                           boolean supported, boolean reported) {
  public String type() {
    return trigger.type();
  }

  /** True when the context lets it stand as something that happened. */
  public boolean asserted() {
    return !negated && !future && !hypothetical && !modal;
  }
}
