/**
 * The one vocabulary of PlanWatch: the closed sets (target kinds, polarity, units, levels, scopes, dimensions,
 * populations, assessment levels) that entities, DTOs, the evaluation engine and the plan-text parser share.
 * Plain Java: nothing here may import Quarkus, Jakarta or Hibernate (VocabularyIsFrameworkFreeTest), so the
 * engine and the parser can use it and stay free of the framework.
 */
package io.planwatch.vocabulary;
