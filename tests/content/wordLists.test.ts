import { describe, expect, it } from 'vitest';
import { isNameWord, isNationalityNoun, isRoleWord } from '../../src/content/people';
import {
  isGenitiveDeterminer,
  roleEndings,
  speechVerbs,
  subordinators,
  wordListSources,
} from '../../src/content/wordLists';

/** Lists the rules compare in lower case; an entry with a capital letter there could never match. */
const lowerCaseLists = [
  'speechVerbs',
  'bystanderStems',
  'adverbsAfterVerb',
  'claimingVerbs',
  'mediumParticiples',
  'namingParticiples',
  'expertStems',
  'pressRoleTails',
  'plainSpeechVerbs',
  'stanceWords',
  'subordinators',
  'pluralSpeechVerbs',
  'reportedSpeechVerbs',
  'sourceWords',
  'proceedingRoles',
  'wordsBeforeNoun',
  'opinionVerbs',
  'impersonalVerbs',
  'rumourNouns',
  'roleSynonyms',
  'chiefExecutiveNouns',
  'feelingVerbs',
  'proverbTails',
  'matchRoleStems',
  'playerPositionStems',
  'thingNounsInPersonForm',
  'thingTailsInPersonForm',
  'titleLinkWords',
  'workMakingVerbs',
  'pluralSubjunctives',
  'motherWords',
  'fatherWords',
  'writtenTextNouns',
  'inscriptionNouns',
  'signTails',
  'noticeTails',
  'animalTails',
  'thingTails',
  'messageNouns',
  'manyWords',
  'nameSlotWords',
  'skippableWords',
  'roleStems',
  'compoundOnlyRoleStems',
  'relationNouns',
  'plainPersonNouns',
  'retirementNouns',
  'widowhoodNouns',
  'quantifyingDeterminers',
  'wholeWordRoleStems',
  'nameParticles',
  'personPronouns',
  'heForms',
  'sheForms',
  'definiteArticles',
  'indefiniteArticles',
  'possessives',
  'prepositionsBeforeObject',
  'organisationTails',
  'compoundOrganisationTails',
  'roleComplementWords',
  'placingPrepositions',
  'objectPronouns',
  'personAdjectiveStems',
  'authorParticiples',
  'namingTails',
  'namingWords',
  'namingAdverbs',
  'namingCopulas',
  'favouriteCopulas',
  'answeringVerbs',
  'readingVerbs',
  'titleAnnouncingNouns',
  'mediumTails',
  'mediumPrepositions',
  'mediumVerbs',
  'innNames',
  'addresseeTails',
  'receivingVerbs',
  'findingVerbs',
  'foundTextNouns',
  'guidingRoles',
  'listeningVerbs',
  'statementNouns',
  'sourceNouns',
  'sayingTails',
  'officeStems',
  'documentTails',
  'passiveAuxiliaries',
  'modalVerbs',
  'personalVerbs',
  'functionWordsInE',
  'otherHolderAdjectives',
  'nationalityAdjectives',
  'writingVerbs',
  'reproachNouns',
  'reproachVerbs',
  'labellingParticiples',
  'stanceAdjectives',
  'verblessTailWords',
  'counselParticiples',
  'termNouns',
  'exampleTermNouns',
  'askingVerbs',
  'familyRelations',
  'peerNouns',
  'figureCompounds',
  'nationalityNouns',
  'kinshipNouns',
  'kinshipPrefixes',
  'winnerNouns',
  'celebratedNouns',
  'winningVerbs',
  'publishedWords',
  'genitiveDeterminers',
  'inflectedDeterminers',
];
/** Lists compared with words as written, which start with a capital. */
const capitalisedLists = [
  'bodyNouns',
  'notNameWords',
  'namingNouns',
  'femaleGivenNames',
  'maleGivenNames',
  'eitherGivenNames',
  'academicTitles',
  'organisationWords',
  'peopleGroupNouns',
  'neuterPersonNouns',
  'familyNamesFirst',
  'timeWords',
  'measureNouns',
];

describe('the word lists', () => {
  it('are all checked here', () => {
    expect(Object.keys(wordListSources).sort()).toEqual(
      [...lowerCaseLists, ...capitalisedLists, 'nameConnectors'].sort(),
    );
  });

  it.each([
    [speechVerbs, 'äußerte', true],
    [speechVerbs, 'äusserte', true],
    [subordinators, 'dass', true],
    [subordinators, 'daß', true],
    // Only "ss" has a second spelling: "ß" stands for nothing else.
    [speechVerbs, 'sagße', false],
  ])('an entry written with "ss" is found with "ß" too: %#', (set, word, found) => {
    expect(set.has(word)).toBe(found);
  });

  it.each(Object.entries(wordListSources))('%s has no entry twice', (_name, entries) => {
    expect(entries.filter((e, i) => entries.indexOf(e) !== i)).toEqual([]);
  });

  it.each(lowerCaseLists)('%s is lower case, as the words it is compared with', (name) => {
    expect(wordListSources[name]?.filter((e) => e !== e.toLowerCase())).toEqual([]);
  });

  it.each(capitalisedLists)('%s is capitalised, as the words it is compared with', (name) => {
    expect(wordListSources[name]?.filter((e) => !/^\p{Lu}/u.test(e))).toEqual([]);
  });

  it('has no role stem that another stem already covers (Präsidentin is Präsident + in)', () => {
    const stems = wordListSources.roleStems ?? [];
    const covered = stems.filter((s) =>
      stems.some(
        (t) =>
          t !== s &&
          roleEndings.some(
            (e) => s.endsWith(t + e) && !(wordListSources.compoundOnlyRoleStems ?? []).includes(t),
          ),
      ),
    );
    expect(covered).toEqual([]);
  });

  it('has no given name in both gender lists, and none that could never be read as a name', () => {
    const female = wordListSources.femaleGivenNames ?? [];
    const male = wordListSources.maleGivenNames ?? [];
    expect(female.filter((n) => male.includes(n))).toEqual([]);
    expect([...female, ...male].filter((n) => !isNameWord(n))).toEqual([]);
  });

  it('has only skippable words among the prepositions before an object (the rule looks at the last word skipped)', () => {
    const skippable = wordListSources.skippableWords ?? [];
    expect(
      (wordListSources.prepositionsBeforeObject ?? []).filter((w) => !skippable.includes(w)),
    ).toEqual([]);
  });

  it('has no compound-only or whole-word stem that is not a role stem it restricts', () => {
    const stems = [
      ...(wordListSources.roleStems ?? []),
      ...(wordListSources.wholeWordRoleStems ?? []),
    ];
    expect((wordListSources.compoundOnlyRoleStems ?? []).filter((s) => !stems.includes(s))).toEqual(
      [],
    );
  });

  it.each([
    ['Gemeindepräsidentin', true],
    ['Bahnsprecherin', true],
    ['Strassenmeister', true],
    ['Meister', false],
    ['Enkel', true],
    ['Henkel', false],
    ['Fankhauser', false],
    ['Murat', false],
    ['Kantonsrätin', true],
    ['Stadtrat', false], // in Swiss usage the council; before a name it is a title (isTitleWord)
    ['SVP-Mann', true],
    ['SP-Frau', true],
    ['Hermann', false],
    ['Ex-Mann', false],
    ['Gemeinderats', false], // the council in the genitive: "des Gemeinderats"
    ['Siegerin', true],
    ['Zweitplatzierte', true],
    ['Polizistin', true],
    ['Lindqvist', false], // a Scandinavian family name, no role in -ist
    ['Blomkvist', false],
    ['Oberst', true],
    ['Zuoberst', false], // an adverb ("zuoberst"), no colonel
    ['Bariton', true],
    ['Lindmatt-Fan', true], // a whole-word role after a hyphen
    ['Blick-Userin', true],
    ['Müller-Mann', false], // a double family name may end in "-Mann"
    ['Klägerin', true], // the parties of a civil case
    ['Beklagte', true],
    ['Doktorandin', true], // a title before a name: "Doktorand Jonas Aebi"
  ])('isRoleWord(%s) is %s', (word, expected) => {
    expect(isRoleWord(word)).toBe(expected);
  });

  it.each([
    ['Slowene', true], // nationalityNouns
    ['Österreicherin', true], // österreichisch
    ['Norweger', true], // norwegisch
    ['Gegner', false], // no nation: an opponent
    ['Kritiker', false],
    ['Berner', false], // where somebody is from, not a nation
    ['norweger', false],
  ])('isNationalityNoun(%s) is %s', (word, expected) => {
    expect(isNationalityNoun(word)).toBe(expected);
  });

  it.each([
    ['des', true],
    ['keines', true],
    ['dieses', true],
    ['unserer', true],
    ['12', true],
    ['viele', true],
    ['Zbindens', false],
    ['sagte', false],
    ['12a', false],
  ])('isGenitiveDeterminer(%s) is %s', (word, expected) => {
    expect(isGenitiveDeterminer(word)).toBe(expected);
  });
});
