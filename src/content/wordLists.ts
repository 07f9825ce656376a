/**
 * The word lists the quote rules read, in one place. Each list says what belongs in it; an entry
 * must be able to match text as the rules compare it (lower case where the rule lowers the word).
 */

/** Every list by name, as written, for the test that keeps them free of duplicates and dead entries. */
export const wordListSources: Record<string, readonly string[]> = {};

function list(name: string, words: string): ReadonlySet<string> {
  const entries = words.split(/\s+/).filter(Boolean);
  wordListSources[name] = entries;
  // Swiss spelling writes "ss" where German and Austrian newsrooms write "ß" ("äusserte",
  // "äußerte"): each entry is found in both.
  return new Set(entries.flatMap((e) => (e.includes('ss') ? [e, e.replaceAll('ss', 'ß')] : [e])));
}

/**
 * Verbs of saying, lower case, in the finite forms (singular, present and past) and participles
 * that introduce or follow a quotation: «…», sagte X / X erklärte: «…» / X hat … gesagt.
 */
export const speechVerbs = list(
  'speechVerbs',
  `
  sagt sagte gesagt erklärt erklärte meint meinte gemeint betont betonte erwähnt erwähnte
  schreibt schrieb geschrieben fügt fügte ergänzt ergänzte hebt hob hält hielt warnt warnte
  kritisiert kritisierte teilt teilte versichert versicherte bestätigt bestätigte räumt räumte
  gibt gab fragt fragte antwortet antwortete ruft rief twittert twitterte postet postete
  behauptet behauptete fordert forderte stellt stellte unterstreicht unterstrich verkündet verkündete
  kommentiert kommentierte bilanziert bilanzierte präzisiert präzisierte argumentiert argumentierte
  begründet begründete bekräftigt bekräftigte mahnt mahnte lobt lobte klagt klagte beklagt beklagte
  schimpft schimpfte jubelt jubelte gesteht gestand erzählt erzählte berichtet berichtete bemerkt
  bemerkte erläutert erläuterte führt führte lässt liess verrät verriet notiert notierte
  meldet meldete beteuert beteuerte verteidigt verteidigte resümiert resümierte urteilt urteilte
  insistiert insistierte entgegnet entgegnete widerspricht widersprach wiederholt wiederholte
  kontert konterte schildert schilderte findet fand glaubt glaubte hofft hoffte
  befürchtet befürchtete erinnert erinnerte appelliert appellierte verspricht versprach bekennt
  bekannte relativiert relativierte beschwichtigt beschwichtigte folgert folgerte fasst fasste
  lacht lachte staunt staunte seufzt seufzte strahlt strahlte ärgert ärgerte freut freute
  doppelt doppelte rät riet weist wies zitiert zitierte rechnet rechnete kündigt kündigte so
  äussert äusserte gewarnt redet redete brüllt brüllte schwärmt schwärmte poltert polterte
  wettert wetterte spottet spottete scherzt scherzte witzelt witzelte moniert monierte bemängelt
  bemängelte sinniert sinnierte frohlockt frohlockte triumphiert triumphierte vermutet vermutete
  droht drohte hakt hakte brummt brummte murmelt murmelte flüstert flüsterte knurrt knurrte
  stöhnt stöhnte schmunzelt schmunzelte grinst grinste beginnt begann eröffnet eröffnete
  fährt fuhr wirft warf spekuliert spekulierte analysiert analysierte schätzt schätzte
  erwidert erwiderte bedauert bedauerte mutmasst mutmasste mutmaßt mutmaßte formuliert formulierte
  angekündigt mitgeteilt eingeräumt angemerkt zugegeben hinzugefügt geschildert versprochen
  gerufen geantwortet gratuliert gratulierte dankt dankte bittet bat gefragt geflüstert geschrien
  eingeschärft eingebläut diktiert diktierte schränkt schränkte gefordert stammelt stammelte
  donnert donnerte jammert jammerte raunt raunte schreit schrie
`,
);

/**
 * Verbs of asking, lower case, that follow a question the writer reports: "Ob er Geldsorgen
 * gehabt habe, fragte Lüthi weiter." The quotation after it is the answer, not the asker's. In
 * reported speech ("Einmal habe ein Kunde gefragt, ob …"), the question is the asker's.
 */
export const askingVerbs = list('askingVerbs', `fragt fragte gefragt erkundigt erkundigte`);

/**
 * Verbs of answering, lower case: "«Im Bett», antwortete der Mann." after a sentence that reports
 * a question, who answers is not who asked.
 */
export const answeringVerbs = list(
  'answeringVerbs',
  `antwortet antwortete entgegnet entgegnete erwidert erwiderte kontert konterte`,
);

/**
 * Participles of advising and teaching, lower case, that the list of verbs of saying lacks: what
 * somebody "habe ihr geraten" or "habe ihm beigebracht" is reported speech of theirs all the same.
 */
export const counselParticiples = list(
  'counselParticiples',
  `geraten abgeraten beigebracht eingeschärft empfohlen gepredigt prophezeit`,
);

/**
 * Verbs of saying that only report that somebody said or wrote something, with no opinion or
 * feeling in them, lower case: the sentence after a quotation gives its speaker with one of these
 * alone («…» Das sagte X.), not with «…» Das ärgert X. or «…» Das glaubt X.
 */
export const plainSpeechVerbs = list(
  'plainSpeechVerbs',
  `sagt sagte erklärt erklärte betont betonte schreibt schrieb teilt teilte verspricht versprach
  bestätigt bestätigte erzählt erzählte verrät verriet prophezeit prophezeite prognostiziert
  prognostizierte`,
);

/**
 * Words that make a sentence about a quotation somebody's stance on it rather than who said it,
 * lower case: «…» Das glaubt X nicht. / «…» Das fand auch X. / «…» Das sah X anders.
 */
export const stanceWords = list(
  'stanceWords',
  `nicht nie niemals kaum auch ebenfalls ebenso genauso anders keineswegs`,
);

/**
 * Conjunctions that open a subordinate clause, lower case (als er ankam, weil sie fehlte): a
 * pronoun after one is that clause's subject, never the subject of the sentence.
 */
export const subordinators = list(
  'subordinators',
  `
  als weil wenn dass ob was nachdem bevor obwohl während da wie sobald damit bis seit seitdem
  falls sodass ehe indem wo wobei solange
`,
);

/**
 * Verbs in the subjunctive of reported speech, lower case (er sei, sie habe, es gebe, sie
 * dürften): a sentence with one still gives what somebody said, not the writer's account.
 */
export const reportedSpeechVerbs = list(
  'reportedSpeechVerbs',
  `
  sei seien habe hätte hätten werde würde würden könne könnten müsse müssten dürfe dürften
  solle sollten wolle gebe gäbe wäre wären
  bedeute gelte biete leite warte erwarte fürchte enthalte behalte gestalte verhalte
`,
);

/**
 * Words that name the source of a sentence, lower case (laut Polizei, gemäss Angaben der
 * Gemeinde, der Zeitung zufolge): what it says comes from that source, not from the last speaker.
 */
export const sourceWords = list('sourceWords', `laut gemäss zufolge angaben`);

/** Plural forms of verbs of saying: «…», sagten sie: several people, never one speaker. */
export const pluralSpeechVerbs = list(
  'pluralSpeechVerbs',
  `
  sagen sagten erklären erklärten meinen meinten schreiben schrieben betonen betonten fordern forderten
  riefen antworteten berichten berichteten erzählen erzählten klagen klagten sprechen sprachen
`,
);

/**
 * Verbs that give an opinion of somebody about something quoted in a few words: X sprach von
 * einem «…», X nannte es «…», X bezeichnete es als «…», X zeigte sich «…». Their subject is the
 * speaker of a partial quote.
 */
export const opinionVerbs = list(
  'opinionVerbs',
  `
  spricht sprach gesprochen nennt nannte genannt bezeichnet bezeichnete beschreibt beschrieb
  würdigt würdigte sieht sah zeigt zeigte beschrieben gewürdigt ortet ortete schwärmt schwärmte
  geschwärmt bezeichne nenne spreche beschreibe
`,
);

/**
 * Participles that say who wrote a text, lower case: "ein Eintrag, geschrieben von Rolf Imhasly:"
 * names its writer after "von", whoever shows or reads it.
 */
export const authorParticiples = list(
  'authorParticiples',
  `geschrieben verfasst unterschrieben unterzeichnet signiert`,
);

/**
 * Nouns for talk nobody owns, lower case: words in a clause that brings one in (Im Ort kursiert
 * das Gerücht, die Gemeinde habe «…») are the talk's, not those of whom the text let speak last.
 */
export const rumourNouns = list(
  'rumourNouns',
  `gerücht gerüchte gerede getuschel klatsch tratsch spekulation spekulationen`,
);

/** Verbs that quote a text with no writer: «…», heisst es in der Mitteilung / Darin heisst es: «…». */
export const impersonalVerbs = list(
  'impersonalVerbs',
  `heisst heisse hiess heißt heiße hieß geheissen geheißen lautet lautete stand steht stehe`,
);

/**
 * Nouns of written texts and signs, lower case: a quotation they introduce has no writer unless
 * the text names one (auf dem Plakat stand: «…», im Protokoll heisst es: «…»).
 */
export const writtenTextNouns = list(
  'writtenTextNouns',
  `
  plakat plakaten kampagnenplakat transparent transparenten schild schildern zettel
  protokoll kalendereintrag eintrag mitteilung medienmitteilung communiqué website webseite
  homepage anzeigetafel anzeigetafeln tafel brief inserat flyer flugblatt urteil bericht
  verfügung weisung aushang anschlag broschüre merkblatt formular warnung tweet
  notiz sms spruch aufkleber banner graffiti schmiererei kartonschild drohbrief
  anhörungsbogen fragebogen bescheid strafbefehl text sticker urkunde ehrenurkunde
`,
);

/**
 * Nouns of a message, lower case: before a colon, with whose it is after them ("die letzte
 * Nachricht ihres Sohnes:", "die Nachricht, die der Angeklagte geschickt hatte:"), what follows
 * is that person's, not the words of who shows or reads it.
 */
export const messageNouns = list(
  'messageNouns',
  `nachricht sprachnachricht textnachricht mail e-mail chatnachricht whatsapp-nachricht aufruf post`,
);

/**
 * Nouns of a short text written on something, lower case: a quotation right after one is that
 * text, nobody's words (auf der Rückseite stehe der Vermerk «für Ostern», als Verwendungszweck
 * «Provision»); documents such as "Urteil" may be the object of what somebody says of them.
 */
/**
 * Lower-case ends of compound nouns for a notice (Wahlplakat, Suchzettel, Wandtafel): no family
 * name ends so ("schrieb Svenja Suchzettel" names the notice, not Svenja's family).
 */
export const noticeTails = [
  ...list('noticeTails', `plakat zettel tafel transparent aushang aufkleber`),
];

/**
 * Lower-case ends of compound nouns for a sign or a notice (Emailschild, Wahlplakat,
 * Kartonzettel, Wandtafel): a text on one has no writer unless the text names one. Besides
 * `noticeTails`, ends that family names share too (Rothschild).
 */
export const signTails = [...noticeTails, ...list('signTails', `schild banner`)];

/**
 * Verbs of writing, painting or signing a text, lower case, finite or participle (a compound
 * ending in one counts too: hineingeschrieben): who "hat den Zettel geschrieben" or "das Schild
 * gemalt hat" wrote what it says.
 */
export const writingVerbs = list(
  'writingVerbs',
  `
  geschrieben schrieb schreibt verfasst verfasste gemalt malte beschrieben beschriftet
  beschriftete gestaltet gestaltete unterschrieben unterschrieb unterzeichnet unterzeichnete
  hinterlassen hinterliess hinterließ gekritzelt kritzelte notiert notierte geschnitzt
  schnitzte eingeritzt gepostet postete
`,
);

export const inscriptionNouns = list(
  'inscriptionNouns',
  `aufschrift inschrift widmung vermerk verwendungszweck betreff stempel etikett schriftzug`,
);

/**
 * Verbs of receiving, reading, hearing or wearing a text, lower case: who "erhielt eine SMS:",
 * "hörte Gmür sagen:", "musste sich anhören:" or "trug ein T-Shirt mit dem Spruch:" did not
 * write or say what follows.
 */
export const receivingVerbs = list(
  'receivingVerbs',
  `erhielt erhält erhalten bekam bekommt bekommen las liest gelesen trug trägt getragen hörte
  anhören vernahm hört gehört vernommen`,
);
/**
 * Verbs of finding or coming upon something, lower case: who "fand an der Wandtafel den Satz:"
 * or "entdeckte auf dem Zettel die Worte:" did not write what follows.
 */
export const findingVerbs = list(
  'findingVerbs',
  `fand findet gefunden entdeckte entdeckt stiess stösst`,
);

/**
 * Nouns of a found piece of writing, lower case, after a finding verb: "den Satz", "die Zeilen".
 * Not "Worte": "Sie fand klare Worte:" is what she said.
 */
export const foundTextNouns = list(
  'foundTextNouns',
  `satz sätze zeilen botschaft zettel notiz inschrift widmung`,
);

/**
 * Ends of nouns for reports and studies, lower case: "Er kommt zum Schluss" after "den Bericht",
 * "hält sie fest" after "Die Studie" may mean the document, so the pronoun names nobody.
 */
export const documentTails = [
  ...list(
    'documentTails',
    `bericht studie analyse untersuchung umfrage auswertung expertise evaluation erhebung prognose`,
  ),
];

/**
 * Stems of political and public offices, lower case: a text names an office holder by one office
 * and later by another ("Gesundheitsministerin X … so die Bundesrätin", "Staatschef X … der
 * Präsident"), never by a profession of another field ("Sängerin X … die Politikerin").
 */
export const officeStems = [
  ...list(
    'officeStems',
    `präsident chef minister kanzler senator abgeordnete vorsitzende premier politiker
  parlamentarier diplomat botschafter gesandte konsul landammann rat rätin vorsteher kandidat
  bürgermeister gemeindeammann stadtammann gesundheitsdirektor finanzdirektor bildungsdirektor
  justizdirektor baudirektor volkswirtschaftsdirektor sicherheitsdirektor erziehungsdirektor
  polizeidirektor sozialdirektor`,
  ),
];

/**
 * Nouns for what somebody concludes, answers, advises or objects, lower case: after "Sein" or
 * "Ihr" alone before a colon they give the person the pronoun means (Sein Fazit: «…», Ihr Rat:
 * «…»); with "von" the person named (Die Antwort von X kam prompt: «…», Kritik kommt von X: «…»,
 * Unterstützung erhielt sie von X: «…»).
 */
export const statementNouns = list(
  'statementNouns',
  `fazit rat antwort botschaft appell credo motto devise bilanz kommentar reaktion prognose
  einschätzung urteil wunsch forderung kritik widerspruch lob statement stellungnahme ansage
  anweisung
  warnung tipp ratschlag empfehlung erklärung begründung vermutung hoffnung unterstützung zuspruch
  rückendeckung`,
);

/**
 * Ends of nouns for a saying somebody keeps, lower case: followed by whose it is, they make a
 * quotation somebody else's words (einen Satz ihres Vaters, das Motto seiner Mutter, den Rat
 * ihrer Lehrerin, einen Lieblingsspruch von Goethe).
 */
export const sayingTails = [
  ...list(
    'sayingTails',
    `satz spruch motto rat worte devise credo zitat weisheit geständnis aussage schilderung`,
  ),
];

/**
 * Nouns for what a source gives, lower case: before "von" and "zufolge" they name whose it is
 * (Angaben von X zufolge, Aussagen von X zufolge, Informationen der Polizei zufolge).
 */
export const sourceNouns = list(
  'sourceNouns',
  `angaben aussagen aussage informationen schätzungen berechnungen recherchen worten auskunft
  meinung ansicht einschätzung darstellung`,
);

/**
 * Verbs of listening or keeping silent, lower case: who "hörte schweigend zu", "schwieg" or
 * "lauschte" in the sentence before a quotation is its audience, not its speaker.
 */
export const listeningVerbs = list(
  'listeningVerbs',
  `schweigt schwieg lauscht lauschte zuhört zuhörte zugehört`,
);

/**
 * Stems of adjectives that make a role another holder than the person named with it, lower case:
 * "der gegnerische Trainer", "der neue Präsident", "der frühere Präsident", "die deutsche
 * Amtskollegin" (a nationality in -sch), "die andere Anwältin".
 */
/**
 * Adjectives of nationality, lower case (französisch, norwegisch): "die deutsche Amtskollegin";
 * with -er or -erin for -isch, a person of that nation ("der Norweger", "die Österreicherin").
 */
export const nationalityAdjectives = list(
  'nationalityAdjectives',
  `
  deutsch französisch italienisch österreichisch amerikanisch saudisch
  norwegisch schwedisch dänisch finnisch britisch englisch spanisch portugiesisch polnisch russisch
  ukrainisch chinesisch japanisch indisch türkisch griechisch niederländisch belgisch kanadisch
  brasilianisch israelisch iranisch kroatisch serbisch irisch koreanisch arabisch
`,
);

export const otherHolderAdjectives = [
  ...list(
    'otherHolderAdjectives',
    `
  gegnerisch neu früher ehemalig ander zweit dritt bisherig einstig damalig künftig designiert
  abtretend scheidend
`,
  ),
  ...nationalityAdjectives,
];
/**
 * Nouns of a reproach, lower case: a few quoted words after one are the accuser's, not the words
 * of the person who rejects them ("wies den Vorwurf zurück, er sei «korrupt»").
 */
export const reproachNouns = list(
  'reproachNouns',
  `vorwurf vorwurfs vorwürfe vorwürfen anschuldigung anschuldigungen unterstellung unterstellungen behauptung behauptungen`,
);
/**
 * Verbs of a reproach, lower case, finite forms and participle: reported speech after one is the
 * accusers' ("Seine Gegner werfen ihm vor, er sei «amtsmüde»"), not a speaker's going on.
 */
export const reproachVerbs = list(
  'reproachVerbs',
  `
  wirft werfen warf warfen vorgeworfen vorwarf vorwirft vorwarfen vorwerfen unterstellt
  unterstellen unterstellte unterstellten
`,
);
/**
 * Participles that label somebody with quoted words, lower case, as adjectives: die als «Lügnerin»
 * bezeichnete Anna Meier — the words are not hers, and the sentence does not say whose.
 */
export const labellingParticiples = list(
  'labellingParticiples',
  `bezeichnete bezeichneten bezeichneter betitelte betitelten titulierte titulierten verschriene verschrienen gescholtene gescholtenen`,
);
/**
 * Lower-case ends of nouns for a saying that belongs to nobody: "die alte Bauernregel «…»", "das
 * Sprichwort «…»", "den Spruch «…»" (with an article; "sein Lieblingsspruch" is somebody's).
 */
export const proverbTails = [
  ...list('proverbTails', `regel sprichwort redensart volksweisheit spruch`),
];

/**
 * Verbs of feeling whose subject is a thing and whose object the person, lower case, as the last
 * word of a clause "was" opens: "…, was die Gegnerin ärgerte:" tells of her, not by her.
 */
export const feelingVerbs = list(
  'feelingVerbs',
  `ärgert ärgerte freut freute überrascht überraschte stört störte wundert wunderte erstaunt
  erstaunte irritiert irritierte beunruhigt beunruhigte`,
);

/**
 * Adjectives of a stance after a quotation, lower case: «…», ist Anna Meier überzeugt / zeigt
 * sich der Präsident zufrieden — the one who holds the stance said it.
 */
export const stanceAdjectives = list(
  'stanceAdjectives',
  `überzeugt sicher zufrieden erfreut erleichtert enttäuscht kämpferisch optimistisch zuversichtlich`,
);
/**
 * Words that may follow a name before a colon with no verb, lower case, saying only when, where
 * or to whom: "Trainer Urs Frei nach dem Spiel:", "Hans Bühler dagegen:", "Anna Meier zu Blick:".
 */
export const verblessTailWords = list(
  'verblessTailWords',
  `nach vor zu zum zur bei beim im am an auf gegenüber über dem den der des dagegen hingegen danach dazu darauf zudem indes wiederum schliesslich ebenfalls jedoch wörtlich ohne mit`,
);
/**
 * Articles and prepositions, lower case, after which a capitalised word is a noun or an object,
 * not a name opening a clause: "den Ausschlag", "aufs Eis", "mit Anna Meier".
 */
export const wordsBeforeNoun = list(
  'wordsBeforeNoun',
  `der die das des dem den ein eine einer einem einen im am in an auf aus bei mit nach von vom zu
  zum zur für über unter vor gegen durch ohne um seit bis wie als`,
);
/**
 * Words that open a noun of time or amount, lower case ("Jeden Abend ließ sie …", "Diesen Sommer
 * …"): capitalised at a sentence's start, they are never a given name.
 */
export const quantifyingDeterminers = list(
  'quantifyingDeterminers',
  `jeden jede jeder jedes diesen dieser dieses letzten nächsten vorigen manchen einigen allen
  vielen beiden`,
);

/**
 * Lower-case words in -e that are no verb, which may follow the noun that opens a sentence ("Die
 * Kinder ohne Helm", "Die Gemeinde selbst …" is none): not a subjunctive in -e.
 */
export const functionWordsInE = list(
  'functionWordsInE',
  `ohne eine keine seine ihre meine unsere diese jene alle beide heute gerne bitte einige viele
  welche solche manche andere lange gerade alleine wenige mehrere`,
);

/**
 * Verbs only a person does, lower case: after "Danach lacht sie:" or "«…», erzählt er" the pronoun
 * means a person, never a study or a body named since ("Die Studie …", "Der Verein …").
 */
export const personalVerbs = list(
  'personalVerbs',
  `lacht lachte lächelt lächelte schmunzelt schmunzelte grinst grinste seufzt seufzte nickt nickte
  erzählt erzählte flüstert flüsterte`,
);

/** Modal verbs, lower case: "Im Frühling will die Regierung … vorlegen" plans; it says nothing yet. */
export const modalVerbs = list(
  'modalVerbs',
  `will wollte soll sollte muss musste kann konnte darf durfte möchte`,
);
/** Auxiliaries of the passive, lower case: "X wurde von Y kritisiert:" — Y, not X, spoke. */
export const passiveAuxiliaries = list('passiveAuxiliaries', `wurde wurden worden`);
/**
 * Words between a verb of saying and its subject, or before a subject, that are no part of it:
 * adverbs, particles and times (sagte am Mittwoch Stadtrat X, sagte dazu X). Lower case.
 */
export const skippableWords = list(
  'skippableWords',
  `
  am an im in dazu etwa auch noch dann später zudem weiter ferner ausserdem bei vor nach
  jeweils schliesslich bereits nun jetzt heute gestern zuletzt erneut wiederum damals selbst selber
  daraufhin darauf danach zuvor kürzlich jüngst abschliessend sichtlich lachend gegenüber
  montag dienstag mittwoch donnerstag freitag samstag sonntag morgen abend nachmittag mittag
  wochenende rande anschluss schluss dessen deren seinerseits ihrerseits sich ähnlich
  hingegen dagegen jedoch indes allerdings nur
`,
);

/**
 * Prepositions among the skippable words, lower case: a capitalised word right after one is its
 * object ("sagte gegenüber Nyffeler", "sagte bei Hirschi"), not the subject; a time after one is
 * skipped (sagte am Mittwoch X).
 */
export const prepositionsBeforeObject = list(
  'prepositionsBeforeObject',
  `am an im in bei vor nach gegenüber`,
);

/**
 * Stems of role nouns, lower case: what a person is (Präsidentin, Sprecher, Trainer). A compound
 * ending in a stem is a role too (Gemeindepräsidentin, Bahnsprecherin, FDP-Fraktionschef).
 */
export const roleStems = [
  ...list(
    'roleStems',
    `
  präsident chef minister sprecher kanzler leiter direktor trainer gesandte botschafter vorsteher
  berater sekretär senator abgeordnete vorsitzende gründer autor ökonom forscher
  professor anwalt anwältin general kommandant papst bischof premier journalist analyst ceo coach
  kapitän spieler stürmer torhüter experte expertin ärztin arzt politiker parlamentarier diplomat
  kommissar pfarrer lehrer sänger schriftsteller historiker wissenschaftler
  unternehmer manager verteidiger ermittler major kardinal kandidat königin
  aktivist meister ranger förster wart bibliothekar ingenieur architekt künstler mediziner dozent
  student moderator redaktor reporter pfleger vertreter besitzer inhaber betreiber
  organisator koordinator kommentator investor veranstalter bewohner anwohner einwohner zeuge zeugin nachbar bauer
  goalie captain richter führer regisseur produzent rentner pensionär pensionist funktionär aktionär
  landammann rat rätin intendant dirigent
  polizist lenker chauffeur chauffeuse rekrut fährmann kaminfeger
  konsul kurator fahrer läufer pilot bäuerin sennerin wirt leser juror schmied schütze
  insider vorgänger nachfolger rezensent schreiber lektor passant votant halter
  ologe ologin inspektor
  kenner pendler beschuldigte angeklagte geschädigte betroffene kritiker zuschauer kollege kollegin
  freund vater mutter sohn tochter bruder schwester
  frau ehemann
  sieger gewinner verlierer platzierte
  patron besucher galerist
  mechaniker uhrmacher ammann hauptmann chirurg arbeiter onkel tante lokführer zugführer koch köchin
  lehrling kassier elektriker coiffeur coiffeuse speaker lernende auszubildende studierende
  angestellte jugendliche verletzte kellner händler käufer sammler wanderer helfer retter täter
  verurteilte festgenommene verhaftete inhaftierte gewählte unterlegene betrunkene obdachlose
  geflüchtete vermisste erkrankte beamte beamtin
  mieter tänzer gastgeber kundin passagier maler scheich prinzessin sultan imam
  rabbiner influencer blogger youtuber streamer podcaster
  fotograf choreograf jubilar hebamme therapeut bariton countertenor
  mitglied bauherr kraft
  segler schwimmer taucher kletterer bergsteiger camper jäger fischer gärtner gänger athlet
  gymnasiast maturand kläger beklagte doktorand diplomand praktikant
  `,
  ),
];

/**
 * Roles a court case or a match has one holder of, lower case as written with their article ("der
 * Richter", "die Staatsanwältin", "der Beschuldigte"): the role is who speaks even where the text
 * names nobody with it, and no other person it named.
 */
export const proceedingRoles = list(
  'proceedingRoles',
  `
  richter richterin gerichtspräsident gerichtspräsidentin staatsanwalt staatsanwältin verteidiger
  verteidigerin angeklagte angeklagter beschuldigte beschuldigter schiedsrichter schiedsrichterin
`,
);

/**
 * Nouns that only say a person is a man or a woman, lower case: "sagte die Frau", "sagte der
 * Mann" after "Eine Nachbarin …" or "Ein Votant …" mean that unnamed person.
 */
export const plainPersonNouns = list('plainPersonNouns', `mann frau bub knabe herr dame`);

/**
 * Nouns for retirement, lower case, a stage of life an age tells: "Kundin Margrit Schuler (71) …
 * sagt die Rentnerin" means her.
 */
export const retirementNouns = list(
  'retirementNouns',
  `rentner rentnerin pensionist pensionistin pensionär pensionärin senior seniorin`,
);

/** Nouns for widowhood, lower case, a stage of life no age tells. */
export const widowhoodNouns = list('widowhoodNouns', `witwe witwer`);

/**
 * Nouns for a stage of life, lower case: "sagt die Rentnerin" after "eine Anwohnerin …" means
 * that unnamed person, as "die Frau" does; they hold no office the text could give somebody else.
 */
export const lifeStageNouns: ReadonlySet<string> = new Set([...retirementNouns, ...widowhoodNouns]);

/**
 * Role nouns, lower case, that name a person by their tie to another (die Mutter des Opfers, der
 * Anwalt von Muster): with a complement they are somebody else than the person just named.
 */

export const relationNouns = list(
  'relationNouns',
  `
  mutter vater sohn tochter bruder schwester frau mann ehemann freund freundin kollege kollegin
  anwalt anwältin verteidiger verteidigerin nachbar nachbarin chef chefin witwe witwer
`,
);

/**
 * Relations within a family whose holder shares a family name with whose relation they are, lower
 * case: "Seine Frau Ruth", "Ihr Sohn Beat" is a Zbinden when the text's Zbinden is theirs.
 */
export const familyRelations = list(
  'familyRelations',
  `frau mann ehefrau ehemann bruder schwester sohn tochter vater mutter`,
);

/**
 * Figures, lower case, as the first part of a compound of Mann or Frau: "ein dicker Schneemann",
 * "ein Lebkuchenmann" are things, no person.
 */
export const figureCompounds = list(
  'figureCompounds',
  `schnee lebkuchen weihnachts stroh blech hampel marzipan schokoladen zinn sand`,
);

/**
 * Peers, lower case: "Ihre Kollegin", "sein Geschäftspartner", "ihr Mitstreiter" mean the other of
 * two people the text named together. Not "Teamkollegin" or "Parteikollege": one of many.
 */
export const peerNouns = list(
  'peerNouns',
  `kollege kollegin partner partnerin geschäftspartner geschäftspartnerin mitstreiter
  mitstreiterin mitgründer mitgründerin`,
);

/**
 * Relations within a family, lower case, as the tail of a kinship word (Tochter, Enkelin), with or
 * without one of the kinship prefixes below (Schwiegertochter, Grossvater).
 */
export const kinshipNouns = list(
  'kinshipNouns',
  `
  mutter vater sohn tochter bruder schwester enkelin enkel nichte neffe tante onkel ehefrau
  ehemann
`,
);

/**
 * Prefixes, lower case, that make a kinship word another relation: a Grossvater is not the Vater,
 * a Schwiegertochter not the Tochter. Longest first, as a word is matched against them in order.
 */
/**
 * Words a family calls its mother or grandmother by, lower case, that the text may use as a name
 * with no article ("Grossmami behielt die Ohren an", "Dann sagte Mami:"); a kinship prefix may
 * stand before them (Grossmami, Urgrosi).
 */
export const motherWords = list('motherWords', `mami mama mutti mueti grosi oma nonna`);

/** The same for a father or grandfather, lower case: "Papi hat gelacht", "Grosspapi", "Opa". */
export const fatherWords = list('fatherWords', `papi papa vati ätti opa nonno`);

export const kinshipPrefixes = [
  ...list('kinshipPrefixes', `urgross urgroß gross groß ur schwieger stief halb pflege adoptiv`),
];

/**
 * Role nouns, lower case, for the person an article celebrates: "Frieda Gschwend wird 100 … ruft
 * die Jubilarin" means the one it is about, the person it names most.
 */
export const celebratedNouns = list('celebratedNouns', `jubilar jubilarin geburtstagskind`);

/** Role nouns, lower case, given by saying who won: "X gewann. «…», sagte die Siegerin." */
export const winnerNouns = list('winnerNouns', `sieger siegerin gewinner gewinnerin`);

/** Verbs of winning, lower case, present, past and participle: "X hat die Abfahrt gewonnen". */
export const winningVerbs = list('winningVerbs', `gewann gewinnt gewonnen siegte siegt gesiegt`);

/**
 * Roles of somebody who guides or judges others, lower case as written with their article ("der
 * Trainer", "die Ärztin", "der Stuhlschiedsrichter"), matched at the end of a compound: named
 * nowhere, the role means somebody else than the player or patient just named.
 */
export const guidingRoles = list(
  'guidingRoles',
  `trainer trainerin coach arzt ärztin betreuer betreuerin schiedsrichter schiedsrichterin
  kampfrichter kampfrichterin juror jurorin speaker speakerin kommentator kommentatorin`,
);

/** Neuter nouns for a person, as written: ein Mädchen, das Opfer; whose pronoun may be er or sie. */
export const neuterPersonNouns = list('neuterPersonNouns', `Mädchen Kind Opfer Mitglied`);

/**
 * Lower-case ends of nouns for an animal (Kuh, Leitkuh, Hündin, Kater): a given name after one
 * ("der Leitkuh Fiona", "Kuh Elsa") names the animal, nobody who speaks.
 */
export const animalTails = [
  ...list(
    'animalTails',
    `kuh hund hündin katze kater pferd stute hengst esel ziege papagei kaninchen hamster rind kalb
    hahn storch`,
  ),
];
/**
 * Role nouns that name the same role, lower case, as "word:same": after "Trainer Uwe Stahlberg",
 * "sagte der Coach" means him (a compound ending in either counts too: Cheftrainer, Headcoach).
 */
export const roleSynonyms = list(
  'roleSynonyms',
  `coach:trainer goalie:torhüter keeper:torhüter torwart:torhüter`,
);

/**
 * Nouns for whoever runs a company, lower case, as a compound's end after a hyphen too
 * ("Feltmann-Chefin"): "Konzernchefin X … sagte die CEO" means her.
 */
export const chiefExecutiveNouns = list(
  'chiefExecutiveNouns',
  `ceo chef chefin konzernchef konzernchefin firmenchef firmenchefin unternehmenschef
  unternehmenschefin geschäftsführer geschäftsführerin`,
);

/**
 * Roles a player has for one match, lower case, as a compound's end too (Torschütze,
 * Siegtorschützin), and the positions of a team's players (Stürmer, Mittelfeldspieler): whoever
 * scored plays in one of the positions, so "Torschütze Ilir Kastrati … sagte der Stürmer" may be
 * him. A defender is left out: a "Verteidiger" is a lawyer too.
 */
export const matchRoleStems = list('matchRoleStems', `schütze schützin`);
export const playerPositionStems = list(
  'playerPositionStems',
  `stürmer stürmerin spieler spielerin angreifer angreiferin captain kapitän`,
);

/**
 * Things whose nouns end like a person's (-ent, -ant, -ist), lower case: "Ein Kontingent lehnt sie
 * ab", "eine Frist", "ein Restaurant" are nobody.
 */
export const thingNounsInPersonForm = list(
  'thingNounsInPersonForm',
  `kontingent prozent patent kontinent akzent advent zement talent restaurant elefant diamant
  proviant brillant konsonant frist list zwist mist twist barometer thermometer`,
);

/**
 * Lower-case ends of nouns for things in -er, which the form alone would take for a person
 * ("das Taschenmesser «…»", "im Keller"), compounds too. Not "teller": Darsteller, Aussteller.
 */
export const thingTailsInPersonForm = [
  ...list(
    'thingTailsInPersonForm',
    `messer fenster keller zimmer koffer hammer computer container schalter zucker wasser
  kalender boiler bagger eimer becher körper feuer ufer theater wetter`,
  ),
];

/**
 * Plural forms of the subjunctive of reported speech, lower case: "Die Kunden seien traurig:"
 * reports what several people feel, not more of what the one quoted before said.
 */
export const pluralSubjunctives = list(
  'pluralSubjunctives',
  `seien hätten würden könnten müssten dürften wollten sollten`,
);

/**
 * Verbs of making a work, lower case, in the past and as participles: with a year after them,
 * the quoted words they take are the work's title ("Zwyssig schrieb «…» 1958", "«…», geschrieben
 * 1979").
 */
export const workMakingVerbs = list(
  'workMakingVerbs',
  `schrieb verfasste komponierte drehte malte veröffentlichte inszenierte dichtete geschrieben
  verfasst komponiert gedreht veröffentlicht uraufgeführt erschienen entstanden`,
);

/** Stems that are roles only as the tail of a compound: a Strassenmeister, but Herr Meister. */
export const compoundOnlyRoleStems = list(
  'compoundOnlyRoleStems',
  `meister rat rätin führer wart kenner bauer schreiber halter ammann hauptmann platzierte kraft koch
  jäger fischer gärtner gänger`,
);

/**
 * Lower-case ends of nouns for things that end like a role ("Lautsprecher" like "Sprecher",
 * "Schweinsbraten" like "Stadtrat"): "Aus den Lautsprechern kommt eine Durchsage" names nobody
 * who speaks.
 */
export const thingTails = [...list('thingTails', `lautsprecher braten apparat`)];

/** Stems that are roles only as a whole word: Enkel, Userin, Fan, der Mann; never the end of a name (Henkel, Fankhauser, Stefan, Baumann). */
export const wholeWordRoleStems = list(
  'wholeWordRoleStems',
  `enkel user fan mann oberst braut bräutigam stammgast`,
);

/** Endings a role stem takes: Präsident, Präsidentin, Präsidenten, Sprechers, Beschuldigter. */
export const roleEndings = ['', 'in', 'innen', 'en', 'n', 's', 'e', 'er', 'es', 'r', 'ns', 'nen'];

/**
 * Bodies named like roles, capitalised: in Swiss usage "der Bundesrat" is the Federal Council, so
 * "sagte der Gemeinderat" names no single person.
 */
export const bodyNouns = list(
  'bodyNouns',
  `
  Bundesrat Regierungsrat Gemeinderat Stadtrat Kantonsrat Grossrat Nationalrat Ständerat Landrat
  Regierung Vorstand Verwaltungsrat
`,
);

/**
 * Capitalised words that begin sentences or clauses and are never part of a person's name:
 * articles, pronouns, conjunctions, prepositions and their contractions (Ans Feiern, Beim
 * Training), adverbs, months, weekdays, forms of address.
 */
export const notNameWords = list(
  'notNameWords',
  `
  Der Die Das Dem Den Des Ein Eine Einem Einen Einer Eines Er Sie Es Wir Ich Du Ihr Man Dies
  Diese Dieser Dieses Auch Doch Und Aber So Dann Nun Zudem Laut Dabei Dazu Damit Weiterhin
  Später Zuvor Bereits Noch Schon Jetzt Heute Gestern Morgen Am Im In Mit Nach Vor Bei Für
  Gegen Seit Um Wie Was Wer Wo Warum Wann Als Wenn Weil Dass Ob Trotz Zwar Allerdings Deshalb Gemäss
  Daher Darum Denn Sogar Nur Erst Hier Dort Ihm Ihn Ihnen Ihre Ihren Ihrer Sein Seine Seinen
  Seiner Mehr Viele Alle Einige Andere Beide Jeder Jede Kein Keine Selbst Unter Über Aus Zu
  Zur Zum Von Vom Bis Ab Durch Ohne Januar Februar März April Mai Juni Juli August September
  Oktober November Dezember Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Ende
  Anfang Mitte Beginn Frau Herr Herrn Auf An Dessen Deren Gegenüber Während Wegen Neben
  Ans Ins Ums Aufs Fürs Beim Übers Vors Durchs Hinters
  Darin Darauf Daraufhin Danach Dafür Dagegen Darüber Davon Dadurch Trotzdem Dennoch Ausserdem
  Jedoch Immerhin Schliesslich Inzwischen Mittlerweile Hingegen Zunächst Anschliessend Damals
  Da Zuletzt Plötzlich Deswegen Gleichzeitig Sofort Endlich Daneben Dahinter Davor Zuerst
  Draussen Drinnen Oben Unten Vorne Hinten Neulich Kürzlich Einmal Manchmal Letzte Letzten
  Letztes Vergangene Vergangenen Vergangenes Vorige Vorigen Nächste Nächsten Nächstes Jeden
  Zwei Drei Vier Fünf Sechs Sieben Acht Neun Zehn Elf Zwölf Zwanzig Dreissig Hundert Tausend
  Hinzu Hierzu Daraus Darunter Dazwischen Demnach Somit Also Ebenso Ebenfalls Stattdessen Vielmehr
  Übrigens Insgesamt Erneut Wieder Sonst Offenbar Vielleicht Tatsächlich Eigentlich Natürlich
  Leider Bisher Seither Vorher Nachher Derzeit
  Alles Vieles Manches Einiges Nichts Etwas Jemand Niemand Jedes Manche Solche Welche
`,
);

/** Lower-case particles inside names: Hans von Allmen, Jacqueline de Quattro, Kees van Dam. */
export const nameParticles = list(
  'nameParticles',
  `von van de di da del della dello du la le ter dos bin ben ibn abu al el`,
);

/**
 * Family names that Chinese, Vietnamese and Korean names put first, as German newsrooms keep
 * them ("Li Qiang", "Nguyen Van Minh", "Kim Ji Won"): the first word alone then names the person.
 */
export const familyNamesFirst = list(
  'familyNamesFirst',
  `Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Gao Luo Zheng Liang Xie
  Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su
  Lu Ding Ren Shen Yao Lü Cui Zhong Tan Fan Wan Qian Jin Xi Nguyen Tran Pham Hoang Huynh Phan Vu
  Vo Dang Bui Ngo Duong Ly Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Shin Kwon Hwang Ahn Moon`,
);

/** Words for many before a noun, lower case (and numbers): "Dutzende Fans", "zwei Polizisten" are no title. */
export const manyWords = list(
  'manyWords',
  `dutzende hunderte tausende viele einige mehrere zahlreiche etliche manche alle beide zwei drei
  vier fünf sechs sieben acht neun zehn`,
);

/**
 * Words, lower case, after which a sentence may go on with a person's name and no article ("war
 * auch Zerihun Gebremedhin", "Dann kam Oyelaran Kovalenko zu Wort").
 */
export const nameSlotWords = list(
  'nameSlotWords',
  `auch war ist kam kommt sagte sagt meinte meint erklärte erklärt traf trifft erhält erhielt bekam
  bekommt gewann gewinnt dass weil nun dann heute gestern zudem nämlich selbst selber lebt lebte wohnt
  wohnte arbeitet arbeitete sitzt sass`,
);

/**
 * Capitalised words of time that stand without an article ("Anfang Mai", "Ende Juni") or after
 * a demonstrative ("Diese Woche sagte sie"): no names, and nobody who speaks.
 */
export const timeWords = list(
  'timeWords',
  `Anfang Ende Mitte Januar Februar März April Mai Juni Juli August September Oktober November
  Dezember Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Sonnabend Ostern Pfingsten
  Weihnachten Woche Stunde Minute Saison Runde Etappe`,
);

/** Personal pronouns that point back to one person named before. */
export const personPronouns = list('personPronouns', `er sie`);

/**
 * The forms in which a quotation speaks of a man or of a woman in the third person, lower case:
 * «Er hat es verdient», «Ich habe ihn nicht gesehen», «Sie kam jeden Freitag», «ihre Arbeit».
 */
export const heForms = list('heForms', `er ihn ihm sein seine seinem seinen seiner seines`);
export const sheForms = list('sheForms', `sie ihr ihre ihrem ihren ihrer ihres`);

/** Articles and possessives that open a noun phrase naming a person: der Sprecher, ihr Vater. */
export const definiteArticles = list('definiteArticles', `der die den dem des`);
export const indefiniteArticles = list('indefiniteArticles', `ein eine einer einem einen`);
export const possessives = list(
  'possessives',
  `sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer dessen deren mein meine meinem meinen meiner
  unser unsere unserem unseren unserer`,
);

/** Words after which a role phrase continues with its complement: Sprecher der Kantonspolizei Seewil, CEO der Gruppe in Gräbligen, Sprecher des Bundesamts für Verkehr, Trainer beim FC Seewil. */
export const roleComplementWords = list(
  'roleComplementWords',
  `der des eines von vom aus in für beim`,
);

/**
 * Prepositions that place somebody unnamed, lower case: "Ein Bäcker am Marktplatz klagt", "Eine
 * Mutter neben ihm sagt", "Ein Vater von zwei Kindern meldete sich": the phrase after the noun.
 */
export const placingPrepositions = list(
  'placingPrepositions',
  `am im an in aus von vom hinter neben vor bei beim mit ohne`,
);

/**
 * Stems of adjectives of age, lower case: "ein junger Zimmermann", "ein älterer Herr" is a person
 * whatever the noun after them.
 */
export const personAdjectiveStems = [
  ...list('personAdjectiveStems', `jung alt ält betagt pensioniert`),
];

/** Pronouns as the object of a preposition, lower case: "neben ihm", "hinter ihr". */
export const objectPronouns = list('objectPronouns', `ihm ihr ihnen mir uns`);

/**
 * Lower-case ends of nouns that take what somebody says, not a role's complement: after a role in
 * an attribution, "der" with one of these is the dative (sagte der Stadtpräsident der
 * Nachrichtenagentur Keystone-SDA, sagte ein Sprecher der Deutschen Presse-Agentur).
 */
export const addresseeTails = [...list('addresseeTails', `agentur redaktion`)];

/**
 * Lower-case ends of roles somebody may hold at a newspaper: after one, "der …zeitung" is where they
 * work (die Chefredaktorin der «Seewiler Zeitung»); after any other, whom the words were said to.
 */
export const pressRoleTails = [
  ...list(
    'pressRoleTails',
    `redaktor journalist reporter verleger herausgeber sprecher korrespondent kolumnist leiter
    direktor chef präsident mitarbeiter fotograf autor besitzer inhaber gründer`,
  ),
];

/**
 * Lower-case ends of roles of knowledge, without -in or -e: after one, "die Expertin", "der Fachmann"
 * may mean the person (Tierärztin X … sagt die Expertin); never a party to the story.
 */
export const expertStems = [
  ...list(
    'expertStems',
    `ärzt arzt log ökonom forscher wissenschaftler professor architekt ingenieur analyst wildhüter
    förster historiker jurist berater therapeut spezialist gutachter dozent statistiker`,
  ),
];

/**
 * Adverbs that may stand between a verb of saying and the preposition it takes, lower case: "warnt
 * aber vor einer «…»", "sprach jedoch von …".
 */
export const adverbsAfterVerb = list(
  'adverbsAfterVerb',
  `aber jedoch allerdings auch zudem erneut ebenfalls nun jetzt gleichzeitig zugleich dagegen hingegen`,
);

/**
 * Verbs of wanting, warning, naming and judging in the third person singular, lower case: after
 * a clause with its own quoted words, "sie will das Spital «…» erhalten" owns the next words.
 */
export const claimingVerbs = list(
  'claimingVerbs',
  `will wollte fordert forderte verlangt verlangte warnt warnte nennt nannte hält hielt findet fand
  spricht sprach`,
);

/**
 * Participles of what a medium does, lower case: after "Die «…» hatte sie", one of them later in
 * the clause makes the quoted words a medium's name (… abgeschrieben und … geschrieben).
 */
export const mediumParticiples = list(
  'mediumParticiples',
  `geschrieben berichtet gemeldet zitiert getitelt enthüllt porträtiert`,
);

/**
 * Participles of naming somebody, lower case: "Der «Blick» hatte sie als «…» bezeichnet" is a
 * medium's label, with "als" before.
 */
export const namingParticiples = list('namingParticiples', `bezeichnet genannt beschrieben`);

/**
 * Lower-case stems of people at a scene who work for no authority: after one, as a whole word
 * with its ending, "der Polizei" is whom they told (sagte eine Anwohnerin der Kantonspolizei), not
 * where they work (not "der Vermieter", "der Lenker der Kantonspolizei": the police's driver).
 */
export const bystanderStems = [
  ...list(
    'bystanderStems',
    `anwohner passant augenzeuge zeuge nachbar bewohner spaziergänger fussgänger besucher kunde
    mieter`,
  ),
];
/**
 * Naming nouns, capitalised: after one, a few quoted words are a name, not a quotation
 * (des Typs «Patriot», die Sendung «Wer bist du?», der Zeitung «Seewiler Bote»). A compound ending
 * in one (Samstagabendshow, Krimiserie) counts too, through `namingTails`.
 */
export const namingNouns = list(
  'namingNouns',
  `
  Typ Typs Zeitung Zeitschrift Magazin Magazins Blatt Blattes Blatts Sender Senders Sendung Show
  Portal Portals Plattform Firma Unternehmen Unternehmens Konzern Konzerns Marke Modell Modells
  Initiative Partei Verein Vereins Organisation Bewegung Gruppe Band Projekt Projekts Programm
  Programms Operation Kampagne Album Albums Song Songs Lied Liedes Film Films Buch Buches Buchs
  Roman Romans Serie Podcast Podcasts App Kolumne Titel Agentur Hotel Hotels Restaurant
  Restaurants Schiff Schiffs Mission Festival Festivals Ausstellung Studie Reihe Format Fonds
  Label Labels Name Namen Namens Motto Slogan Gesetz Gesetzes Stück Stücks Theaterstück Oper
  Musical Ballade Hit Single Gedicht Gemälde Inszenierung Produktion Überschrift Überschriften
  Kapitel Aktion Novelle Erzählung Bücher Büchern Zyklus Liederzyklus Sinfonie Symphonie Kantate
  Oratorium Requiem Sonate Suite Ballett Hörspiel Werk Werks Kunstwerk Installation Skulptur Essay
  Biografie Autobiografie Memoiren Erinnerungen Debüt Track Clip Video Videos Doku Dokumentation Reportage
  Artikel Kurs Seminar Workshop Vorlesung Veranstaltung Konferenz Kongress Tagung Wettbewerb
  Hashtag Schlagzeile Rubrik Blog Newsletter Kanal Kanals Account Produkt Kollektion Petition
  Motion Postulat Interpellation Vorlage Gewerkschaft Genossenschaft Stiftung Gesellschaft Verband
  Verbands Broschüre Ratgeber Leitfaden Handbuch Gala Komitee Gasthof Gasthaus Beiz Forum Forums
  Schlager Duett Fado Arie Hymne Walzer Polka Chanson Choral Motette Messe IG Interessengemeinschaft Festschrift Paket Institut Instituts Start-up Start-ups Startup
  Premiere Uraufführung Aufführung Vernissage Buchtaufe Lesung Verfilmung Neuauflage
  Liste Wählerliste Fraktion Bündnis Allianz Stichwort Tafel Flasche Dose Sorte Riegel Becher Tube
  Filiale Filialen Staffel Tief Krimi Krimis Thriller Konzept Konzepts Leitbild Fach Fachs
  Schulfach Wahlfach Freifach Komödie Tragödie Operette Revue Radio Radios TV
`,
);

/** Lower-case ends of compound naming nouns: Krimiserie, Samstagabendshow, Literaturpodcast. */
export const namingTails = [
  ...list(
    'namingTails',
    `
  zeitung zeitschrift magazin sendung serie reihe initiative kampagne show portal plattform podcast
  gruppe festival programm projekt album film buch roman kolumne agentur sender app marke partei verein
  firma konzern studie ausstellung titel song lied hit single gesetz stück oper musical
  blatt linie zentrum novelle motto bote boten anzeiger kurier zyklus sinfonie symphonie kantate
  ballett hörspiel installation skulptur essay biografie doku dokumentation reportage seminar
  workshop vorlesung konferenz kongress tagung wettbewerb hashtag rubrik blog newsletter kollektion
  name namen theater kino galerie museum gewerkschaft genossenschaft stiftung gesellschaft verband
  gala komitee gasthof gasthaus restaurant hotel kneipe beiz rennen mischung broschüre leitfaden
  schachtel packung forum chat kanal sorte flasche riegel werk salon marsch tief filiale staffel
  heft abend format präparat medikament
  ratgeber handbuch schlager duett zentrale festschrift paket pakets institut instituts
  premiere uraufführung aufführung vernissage taufe lesung verfilmung neuauflage
  konzept leitbild krimi thriller chronik schiff führer komödie tragödie operette revue dienst
  `,
  ),
];

/**
 * Adverbs that may stand between a naming word and the name, lower case: Ihr Song heisst
 * übrigens «…». ("heisst es «…»" is no naming: "es" is not among them.)
 */
export const namingAdverbs = list(
  'namingAdverbs',
  `übrigens neu nun jetzt künftig offiziell schlicht einfach intern derzeit zurzeit immer noch`,
);

/**
 * Participles and verbs, lower case, that say a work came out or was made: "als Buch erschienen",
 * "geschaffen", "hat ein Buch geschrieben", "in einem Buch gesammelt". With a naming noun in the
 * clause, the quotation is the work's name.
 */
export const publishedWords = list(
  'publishedWords',
  `
  erschienen erscheint erschien herausgekommen veröffentlicht publiziert herausgegeben geschaffen
  komponiert gedreht inszeniert choreografiert verfasst produziert lanciert geschrieben gesammelt
  angelegt gegründet gestartet
`,
);

/**
 * Determiners and quantifiers, lower case, that make a following noun in -s a common noun, not a
 * name: "des Vereins", "viele Fans", "keines Blickes", "2 Punkts". The inflected ones are
 * prefixes, as they take every ending (kein, keine, keines; dies, diese, dieses).
 */
const genitiveDeterminers = list(
  'genitiveDeterminers',
  `der die das des dem den ein eine eines einem einer alle viele wenige einige manche mehrere beide`,
);
const inflectedDeterminers = [...list('inflectedDeterminers', `kein dies jen sein ihr mein unser`)];
export const isGenitiveDeterminer = (word: string) =>
  genitiveDeterminers.has(word) ||
  /^\d+$/u.test(word) ||
  inflectedDeterminers.some((d) => word.startsWith(d) && /^\p{L}*$/u.test(word.slice(d.length)));

/**
 * Nouns for a word or term, lower case, that name the quoted words right after them ("der Begriff
 * «…»", "mit dem Begriff der «…»"): the term, not words of whom the sentence names.
 */
export const termNouns = list(
  'termNouns',
  `begriff begriffs ausdruck ausdrucks bezeichnung schlagwort stichwort unwort fachbegriff modewort`,
);

/**
 * Plural nouns for words, lower case, before "wie" and an example: "Begriffe wie «…»", "Wörter
 * wie «…» oder «…»" are terms the writer mentions, nobody's words.
 */
export const exampleTermNouns = list(
  'exampleTermNouns',
  `begriffe begriffen wörter wörtern ausdrücke ausdrücken wendungen redewendungen bezeichnungen
  namen`,
);

/** Lower-case words that name what follows (heisst «…», namens «…», unter dem Titel «…»). */
export const namingWords = list(
  'namingWords',
  `namens heisst heissen hiess hiessen heißt heißen hieß hießen genannt titelt titelte`,
);

/**
 * Nouns for what a name is given as, lower case (also as the end of a compound: Wahlslogan,
 * Firmenmotto): before a colon, the words after it that make no sentence are that name (Ihr
 * Slogan steht schon fest: «Sonne statt Gas»); a whole sentence there is a saying all the same.
 */
export const titleAnnouncingNouns = list(
  'titleAnnouncingNouns',
  `slogan motto titel devise parole hashtag überschrift schlagzeile lied song platte album single`,
);

/**
 * Verbs that give a naming noun its name, lower case: Der Titel lautet «…», Ihr Slogan laute
 * «…». Only right after a naming noun: "Die Antwort lautet: «…»" quotes somebody.
 */
export const namingCopulas = list('namingCopulas', `lautet laute lautete lauten lauteten`);

/**
 * Verbs that say which work is somebody's favourite, lower case: "Ihr Lieblingsbuch sei derzeit
 * «…»". Only after a naming noun that opens with "Lieblings": "Das Buch sei «ein Wurf»" judges.
 */
export const favouriteCopulas = list('favouriteCopulas', `ist sei war wäre bleibt bleibe`);

/**
 * Capitalised nouns of direction, time and measure that may follow a verb and a given name
 * without being a family name: «…», winkt Jonas Richtung Tribüne; japst Luca Sekunden nach dem
 * Ziel.
 */
export const measureNouns = list(
  'measureNouns',
  `Richtung Sekunden Sekunde Minuten Minute Stunden Stunde Tage Wochen Monate Jahre Meter Kilometer`,
);

/** Forms of reading from a work, lower case: "liest die Autorin aus «…»", "las er aus «…» vor". */
export const readingVerbs = list('readingVerbs', `liest lese las lasen lesen gelesen`);

/** Lower-case ends of a one-word medium's name: im «Wirtschaftsblatt», des «Seeboten». */
export const mediumTails = [
  ...list('mediumTails', `blatt zeitung zeitschrift magazin anzeiger kurier bote boten`),
];

/**
 * Verbs, lower case, that a medium does as the subject right after its quoted name: "Die
 * «Rundschau» zitierte …", "Der «Seebote» berichtete …", "Die «Abendpost» schreibt …".
 */
export const mediumVerbs = list(
  'mediumVerbs',
  `zitiert zitierte berichtet berichtete meldet meldete schreibt schrieb titelt titelte enthüllt
  enthüllte`,
);

/**
 * Names of inns, lower case, in the form only an inn's name takes after "Der" ("Der «Sternen»
 * war eine Beiz"; the animal or thing itself is "der Stern", "der Hirsch").
 */
export const innNames = list(
  'innNames',
  `sternen hirschen löwen leuen bären ochsen schwanen raben falken`,
);

/** After these, a single capitalised quoted word names a medium: gegenüber dem «Blick», laut «Watson». */
export const mediumPrepositions = list('mediumPrepositions', `gegenüber laut zufolge`);

/** Small words allowed inside a multi-word name: «NZZ am Sonntag», «Lord of the Rings». */
export const nameConnectors = list(
  'nameConnectors',
  `am im von vom & of the and de du la le di del for -`,
);

/**
 * Small words between the nouns of a title, lower case: «Der Schmuggler vom Chrüzpass», «Die Frau
 * am Fluss». An article, capitalised nouns and only these between them make no sentence.
 */
export const titleLinkWords = list(
  'titleLinkWords',
  `vom von am im auf der dem des den die das und aus zum zur in mit über unter hinter vor bei beim`,
);

/** `sogenannt…`: the quoted word after it is the writer's partial quote, never a name. */
export const soCalled = /^sogenannt(e|er|en|em|es)?$/iu;

/**
 * A clause that gives what somebody would say at least, after a sentence about them: "Das Rezept
 * will er nicht verraten. Nur so viel: «…»".
 */
export const onlyThisMuch =
  /^\s*(nur|immerhin|zumindest|aber)\s+so\s*viel(\s+(verriet|verrät|sagte|sagt)\s+(er|sie))?\s*:\s*$/iu;

/** "mit einem Lachen", "nach einer kurzen Pause": how or when the speaker goes on. */
const mannerPhrase = String.raw`(mit|nach)\s+(einem|einer|kurzem|langem|kurzer|langer)\s+(\p{Ll}+en\s+)?\p{L}+`;

/**
 * A clause that continues the last speaker's quotation on its own: Und weiter: «…» / Ferner: «…»
 * / Und: «…» / Aber: «…» / Und dann, lachend: «…» / Dann, mit einem breiten Grinsen: «…» / Später, leiser:
 * / Dann, nach einer Pause: / and a date alone after a dated entry ("Am 12. Juli 1996: «…»") / Und
 * an die Adresse des Gewerbes: «…» (whom the speaker turns to).
 */
export const continuationClause = new RegExp(
  String.raw`^(und|und\s+${mannerPhrase}|(und\s+)?(weiter|ferner|zudem|ausserdem|dann|danach|später|schliesslich|zuletzt|aber|allerdings|doch|trotzdem|dennoch)(\s*,\s*(\p{Ll}+end|(etwas\s+)?\p{Ll}+er|${mannerPhrase}(\s+\p{L}+){0,3}))?|am\s+\d{1,2}\.\s*\p{L}+(\s+\d{4})?|(und\s+)?an\s+die\s+adresse\s+(des|der|von|seiner|ihrer|seines|ihres)(\s+\p{Ll}+(e|en|er|es))?(\s+\p{Lu}[\p{L}-]*){1,3})\s*:$`,
  'iu',
);

/**
 * Given names, capitalised, by the gender they usually name: a capitalised word pair is a
 * person's name where it opens with one ("Ruth Meier-Stäubli"; not "Zimmerlis Amtskollegin"),
 * and a pronoun that points back must fit its gender. Names common in Swiss, German, Austrian,
 * French and Italian news, and in the news of and about people of Albanian, Turkish, Kurdish,
 * Arab, Persian, Eritrean, Tamil, Portuguese, Spanish, Balkan, Slavic, Baltic, Greek, Nordic,
 * English, Irish and Dutch origin, as German-language papers spell them (Noémie, Łukasz, Søren);
 * a name that is used for both (Andrea, Sascha, Kim, Nikola) is in `eitherGivenNames` instead,
 * and one that is also a German word (Segen, Maxime, Davor) in none.
 */
export const femaleGivenNames = list(
  'femaleGivenNames',
  `
  Gertraud Margret Trude Rosi Menga Ingvild Inger Gianna Fenja Anni Ragna Meret Marthe Marleen Margit Margarethe Gertrude Gerti Curdina Carlotta
  Ilka Agnes Alice Alina Amélie Angela Anita Anja Anna Anne Annemarie Annette Antje Barbara Beatrice
  Bettina Birgit Brigitte Carla Carmen Carola Caroline Céline Chantal Charlotte Chiara Christa
  Christine Claudia Corinne Cornelia Daniela Denise Doris Dora Edith Elena Elisabeth Elsa Elsbeth
  Emma Erika Esther Eva Fabienne Francesca Franziska Frieda Gabriela Gerlinde Gertrud Giulia
  Greta Hanna Hannah Hedi Heidi Heike Helen Helena Helga Henrike Ida Ines Ingrid Irene Iris
  Isabelle Jacqueline Jana Jasmin Jessica Johanna Jolanda Judith Julia Karin Katharina Kathrin
  Katja Kerstin Klara Laura Lara Lea Lena Leonie Lina Lisa Livia Lucia Luisa Lydia Magdalena
  Manuela Margrit Maria Marianne Marie Marlene Marta Martha Martina Melanie Mia Michelle Mira
  Miriam Mirjam Monika Nadine Nadja Natalie Nathalie Nicole Nina Noemi Nora Olivia Patricia
  Paula Petra Pia Priska Rahel Ramona Rebecca Regula Renate Rita Rosa Rosmarie Ruth Sabine
  Sandra Sara Sarah Selina Seraina Sibylle Silke Silvia Simone Sonja Sophie Stefanie Susanne
  Svenja Tamara Tanja Theres Theresa Ulrike Ursula Valentina Vanessa Vera Verena Vreni Yvonne
  Zoe Ladina Nicoletta Silvana Rosanna Dagmar Annalena Luzia Gabi Trudi Rösli Marianna
  Arta Blerta Drita Vjosa Albulena Besa Mimoza Ayşe Fatma Emine Elif Zeynep Aylin Merve Fatima
  Aisha Leila Layla Yasmin Amira Ana Sofia Inês Beatriz Catarina Isabel Mariana Ivana Jelena
  Milica Vesna Alessandra Federica Giovanna Jennifer Emily Kate Élodie Sandrine Valérie Sylvie
  Véronique Aurélie Senait Priya
  Adelheid Alexandra Anke Annina Astrid Bea Beatrix Bernadette Brigitta Carina Cécile Christina
  Christiane Claire Dana Daria Debora Diana Elke Ella Eveline Evelyne Fiona Flavia Franca Gisela
  Helene Hildegard Ilona Irma Josefine Jeannette Karolina Katrin Lorena Lotti Lucie Madeleine Mara
  Mareike Margrith Margarete Marina Marion Marisa Marlies Mathilde Melina Mona Myriam Nadia Noëmi
  Pascale Paulina Rachel Regina Rebekka Renata Romana Salome Samira Sabina Sabrina Saskia Seline
  Silja Sina Stephanie Susanna Susi Tabea Tatjana Tina Ursina Valeria Vivienne Viviane Yvette Zita
  Elisa Alessia Aline Anouk Chloé Corina Hélène Ilaria Irina Jeanne Karla Lia Maja Manon Martine
  Sonia Zora Flurina Annalise Hedwig Lisbeth Marlis Nelly Sylvia Yolanda Janine Larissa Leandra
  Michèle Sarina Deborah Evelyn Gina Jasmine Jolanthe Luana
  Therese Kaitlyn Natalia Olga Käthi Hanni Mireille Giorgia Sigrid Kristina Annika Linnea Elin
  Frida Svetlana Ludmila Anastasia Katarzyna Agnieszka Ioana Andreea Lucía Mengia Uorschla Bethli
  Lisi Ashley Guillemette Marlène Solange Ginette Josiane Liliane Monique Danielle Françoise
  Geneviève Roswitha Waltraud Hannelore Ilse Inge Gudrun Irmgard Anneliese Heidrun Karoline Leonore
  Edeltraud Vroni Margot Madlaina Ursulina Nives Milena Dragana Snezana Jasmina Emina Amela Lejla
  Hatice Sevgi Derya Mariam Aurora
  Solveig Tiril Kaja Ingeborg Hedda Vilde Sunniva Tuva Silje Marte Kristin Lene Mette Trine
  Pernille Wilma Alva Linnéa Ayse
  Zoë Anaïs Chloë Eloïse Héloïse Joëlle Maëlle Inès Zoé Léa Océane Maëva Lilou Jade Nadège
  Ségolène Solène Margaux Capucine Gaëlle Laetitia Coralie Mélanie
  Femke Elfriede Maike Meike Imke Wiebke Jule Gesine Ute Uta Beate Bärbel Gerda Rosemarie
  Sieglinde Liselotte Lotte Annegret Annelie Wilhelmine Hilde Hermine Resi Leyla Mandy Peggy Ulla
  Almut Birte Frauke Insa Christel Kornelia Jutta Karola Sigrun Heidemarie Elfi Friederike
  Mechthild Swantje Hiltrud Brunhilde Traudl Gretl Marga Anneke Lieke Sanne Fenna Maren Wencke
  Thea Grete Hanne Henny Ricarda Bianca Marit Sanna Ebba Stine Ebru Büşra Sibel Gül Songül Nuray
  Dilek Esra Melek Hülya Nermin
  Olena Oksana Shpresa Rania Sakura Anjali Amara Ngozi Tigist Selam Meron Mei Lan Ling Linh Thao
  Huong Hoa Yasmina Salma Dilara Ayla Nesrin Jovana Snežana Marija Katarina Tijana Tatiana Yulia
  Julija Iryna Halyna Nadiia Joana Carolina Rafaela Pilar Rocío Nuria Ximena Camila Fernanda
  Deepa Sunita Kavita Lakshmi Aiko Keiko Yoko Haruka Hana Amina Aminata Fatou Awa Khadija Zainab
  Hawa Aziza Amra Azra Mersiha Alma Vlora Donika Fjolla Teuta Valbona Liridona Ganimete
  Selin Ece Defne Tuba Gizem Ceren Seda Özlem Filiz Nazlı Damla Melis Sevda Yasemin Canan Gülay
  Nilay Rana Annelies Annelise Greti Greth Mila Ronja Malin Elina Myrta Erna Emmi Naomi
  Teodora Raluca Mihaela Roxana Siobhan Aoife Niamh Saoirse Orla Sinéad Margaret Edona Elira
  Qendresa Rinora Donjeta Arbnora Mahsa Parisa Shirin Zahra Laila Aino Eleni
  Abigail Ada Adele Adriana Agata Agathe Agnetha Agnès Aida Aischa Aishwarya Akiko Alba Albana
  Alejandra Aleksandra Alena Alenka Aleyna Alicia Alla Almaz Amaia Amal Amalia Amanda Amandine
  Amelia Amelie Amy Anahita Angelika Angelina Ann Anna-Lena Annabelle Annalisa Annatina Anne-Marie
  Anne-Sophie Antonella Antonia Ariana Arianna Arlinda Arundhati Arzu Asha Aslı Asma Audrey Aya
  Ayaan Ayelet Ayesha Aynur Aysel Azadeh Aïcha Bahar Barbora Beata Begoña Belma Benazir Benedetta
  Berfin Berna Berta Besarta Betül Beyoncé Beyza Biljana Birgitta Björk Blanca Blerina Branka
  Britney Britt Britta Bruna Burcu Bushra Béatrice Camilla Cansu Carmela Carolin Caterina
  Catherine Chaima Chloe Cindy Clara Claudine Cláudia Clémence Colette Conceição Constanze Cordula
  Cristina Cynthia Dafina Dalia Danijela Daphne Darja Deepika Delphine Despina Dijana Dilan Dilma
  Dimitra Dina Divya Dolores Donatella Doreen Dorota Dorothea Dorothee Dorothy Dubravka Duygu
  Débora Désirée Eda Edina Egzona Eileen Eirini Ekaterina Ela Eleonore Elham Elisabetta Elizabeth
  Eliška Elma Elvira Elżbieta Ema Emel Emilia Emmanuelle Erza Erzsébet Estelle Eszter Ewa Faduma
  Farzana Felicitas Feven Filipa Finja Flaka Fleur Florence Florencia Fátima Gabriella Gabrielle
  Gaby Galina Gamze Geun-hye Ghazal Giada Ginevra Gisèle Giuseppina Golda Golshifteh Gordana Grace
  Gretel Guðrún Gwyneth Habiba Hala Halima Hanan Hande Harriet Havva Heather Heloísa Henriette
  Herta Hiba Hilal Hillary Hina Hind Hiwot Hodan Huda Idil Ieva Ifrah Iga Ildikó Ilham Ilhan Iman
  Ina Indira Inga Inna Inés Ioanna Isabell Isabella Isolde Iulia Iva Ivanka Ivona Iwona Jacinda
  Jadwiga Jamila Janani Jane Janet Jehona Jekaterina Jenny Jina Jing Joanna Jodie Jolanta
  Josephine Joséphine Judit Judy Juliana Juliane Julie Juliette Justine Justyna Kaltrina Kamala
  Karen Karima Katalin Katarína Katerina Kateryna Kateřina Katherine Kathleen Kavitha Keren
  Kimberly Kinga Kirsten Kirsty Klára Kolinda Kristalina Krisztina Krystyna Ksenia Kübra Laleh
  Lamia Lana Latifa Lauren Leah Leni Lenka Leonor Letizia Letícia Liesbeth Lilli Lily Linda
  Lindita Liv Ljiljana Ljudmila Lola Loredana Lotta Louise Lucija Lucy Ludovica Luise Luwam Luísa
  Léonie Maeve Maha Mahlet Mahnaz Malak Malala Malea Malika Margarida Margarita Margherita
  Marguerite Marie-Claire Marie-Louise Marieke Marielle Marjan Marjolein Markéta Mary Maryam María
  Masako Matea Matilde Maud Małgorzata Meera Megan Meghan Mekdes Melania Melike Melissa Meltem
  Merel Meriem Merima Merita Merle Meryem Meryl Michaela Michela Michiko Mieke Mina Minna Mirela
  Mirjana Mirna Mojca Molly Monica Muna Muriel Máxima Mónica Nabila Nada Naima Nana
  Nancy Naoko Narges Nargis Nasim Nasrin Natalja Natascha Nataša Nawal Nazanin Neda Negar Neha
  Nele Nerea Nermina Neslihan Nevena Nihal Nika Nikki Nikolina Niloufar Nisha Nivetha Noelia
  Noémie Oana Olivera Ophélie Oprah Ornella Oxana Paloma Pamela Paola Parvin Patrizia Patrícia
  Pauline Penelope Phuong Polina Pooja Priyanka Pınar Rabia Raffaella Rahwa Raissa Raquel Reem
  Renée Rhiannon Rihanna Rima Rivka Roberta Rojda Rojin Romy Rossella Roya Réka Rūta Safia Sagal
  Sahar Saima Salomé Samantha Samia Sana Sanae Sanela Sanja Saron Scarlett Selma Semhar Semra Sena
  Sepideh Serap Serena Shabana Shabnam Sharon Sheila Shira Shqipe Signe Sima Simona Sinem Siobhán
  Sita Slavica Sofía Soledad Sophia Soraya Souad Stefania Stéphanie Susan Susana Sushma Suzana
  Suzanne Swetlana Sylwia Séverine Talia Tamar Tarja Teresa Tharshika Theresia Thuy Thérèse Tiina
  Tirunesh Tiziana Tjaša Tomoko Tove Tracy Trang Tuğba Tzipi Tímea Tülay Urszula Urška Veronica
  Veronika Verónica Victoria Vigdís Virginie Vittoria Viviana Věra Wanda Waris Wendy Weronika
  Whitney Wiktoria Wilhelmina Winta Xenia Yael Yasmine Yo-jong Yodit Yordanos Yousra Yuko Yumi
  Yusra Zehra Zeinab Zilan Zofia Zorica Zrinka Zsuzsanna Zsófia Zuzana Zuzanna Ágnes Ángela Çiğdem
  Élisabeth Élise Émilie Éva Özge Şule Špela Šárka Željka
  Lule Flutura Majlinda Ermira
  Freya Freja Ernestina Graziella Rosaria Assunta Concetta Filomena Immacolata Mirella Mafalda Consuelo
  Itziar Ainhoa Radmila Bożena Grażyna Halina Siri Eija Tuula Riitta Päivi Gülşen Gwen Bronwen
  Siân Róisín
  Anneli Liisa Kaija Sirkka Pirjo Helmi Saara Veera Outi Riikka Satu Ragnhild Gunnhild Åsa Ylva
  Vigdis Randi Berit Kjersti Dorte Bente Lúcia Sónia Cátia Vânia Márcia Bárbara Íris Sofie
`,
);

export const maleGivenNames = list(
  'maleGivenNames',
  `
  Korbinian Ambros Torben Giancarlo Dariusz Okke Johan Filipe Besim Thilo Teemu Scott Petteri Nevzat Mattias Luzi Luregn Levan Jure Jarmo Halvard Gottlob Gjergji Giusep Erling Eivind Arvid Achim Zbigniew Sigurd Sebastiano Pål Plasch Ottmar Karli Ioannis Gody Giacomo Franjo Enver Eilert Dimitrios Armon
  Kerim Adrian Alain Albert Alexander Alois Andreas André Anton Armin Arnold Beat Benjamin Bernhard
  Bruno Christian Christoph Claudio Curdin Daniel Dario David Dieter Dirk Dominik Eduard Elia
  Emil Erich Ernst Erwin Fabian Fabio Fadri Felix Ferdinand Florian Frank Franz François Fritz
  Gabriel Georg Gerhard Gian Giovanni Giuseppe Godi Günter Hans Hansjörg Hanspeter Hansruedi
  Heinrich Heinz Helmut Henri Horst Hugo Igor Ivan Jacques Jakob Jan Jean Jens Johann Johannes
  Jonas Jonathan Jörg Josef Jürg Jürgen Karl Kaspar Kilian Klaus Konrad Kurt Lars Laurent Leo
  Levin Linus Livio Lorenz Luca Lucas Luigi Lukas Manuel Marc Marcel Marco Mario Markus Martin
  Mathias Mats Matteo Matthias Max Michael Mike Mirco Miroslav Moritz Nico Nicolas Niklaus Nils
  Noah Ole Oliver Olivier Oskar Otto Pascal Patrick Paul Peter Philipp Philippe Pierre Pius
  Ralph Raphael René Res Reto Remo Richard Robert Roger Roland Roman Rudolf Ruedi Samuel
  Sebastian Severin Sepp Silvan Simon Stefan Stephan Sven Theo Thierry Thomas Tim Timo Tobias Tom Toni
  Ueli Urs Uwe Valentin Viktor Walter Werner Willi Wolfgang Yves Köbi Edi Bernd Heiri Marius
  Elias Julius
  Arben Besnik Blerim Valon Driton Fatmir Agron Ardian Burim Bujar Granit Xherdan Mehmet Mustafa
  Ahmet Ali Hasan Murat Emre Yusuf Ibrahim Ömer Kemal Burak Mohammed Muhammad Ahmad Omar Khaled
  Karim Youssef Samir João José Pedro Carlos Miguel Rui Luis Jorge Diego Antonio Aleksandar
  Dragan Goran Zoran Dejan Marko Gianluca Alessandro Francesco Lorenzo Stefano Giorgio Sean
  James John Kees Pieter Henk Erik Julien Mathieu Sébastien Jérôme Cédric Frédéric Stéphane
  Yonas Tesfaye
  Adriano Alfred Andri Bastian Benedikt Björn Carlo Cyrill Damian Dominic Enrico Fredy Gerold
  Gregor Guido Hannes Hermann Ignaz Ivo Janik Jannik Joel Joël Jon Jost Kevin Leandro Leon Louis
  Luc Marcus Mauro Meinrad Nino Norbert Pirmin Rainer Ralf Reinhard Rolf Sandro Silvio Tino Ulrich
  Volker Walo Xaver Yannick Dennis Gion Flurin Duri Nik Gerd Joachim Jochen Holger Torsten Thorsten
  Manfred Günther Hubert Herbert Friedrich Wilhelm Ludwig Otmar Othmar Hansueli Fridolin Balthasar
  Beni Benno Christof Cyril Dani Fredi Lino Mischa Patric Ramon Raffael Rico Roberto Sergio Till
  Tiziano Vincent Luzius Aurel Silas Emanuel Timon Nathan Maurice Mathis Gilles Didier Michel
  Christophe Patrice Fabrice Serge Gianni Paolo Massimo Fabrizio Davide Mattia Alfons Anselm
  Bernard Bertrand Clemens Detlef Egon Elmar Eugen Frieder Gottfried Hanno Harald Helmuth Kuno
  Leonhard Lothar Marek Norman Oswald Rupert Siegfried Ulf Volkmar Wendelin Willy Armando Gustav
  Heini Jacob Mirko Renato Ronald Steffen Tomas Urban
  Henrik Jukka Vlad Oleg Dorin Santiago Kastriot Arne Chasper Walti Mikko Matti Olav Magnus Dmitri
  Sergej Pavel Petr Tomáš Jakub Piotr Krzysztof Andrzej Mihai Andrei Ion Vasile Alejandro Javier
  Pablo Fernando Arlind Egzon Fatbardh Jachen William George Harry Jack Brian Steven Mark Riccardo
  Tommaso Edoardo Guillaume Antoine Benoît Thibault Hansjakob Hansrudolf Kari Housi Werni Sämi Migi
  Dänu Resli Bänz Jovan Milan Nenad Stevan Vladimir Bogdan Artur Wojciech Tadeusz Lukasz Hamid Reza
  Amir Tarek Hussein Ismail Emin Kenji Hiroshi Takeshi Arjun Vikram Kwame Kofi Oluwaseun
  Fredrik Sindre Aksel Kjetil Aleksander Atle Eirik Jarle Kristian Sverre Terje Trond Vegard
  Øystein Haakon Håkon Espen Morten Petter Kasper Rasmus Mikkel
  Loïc Aatu Maël Gaël Raphaël Noël Théo Mathéo Timéo Enzo Nolan Ilias Clément Arthur Jules Lucien
  Baptiste Quentin Romain Florent Jérémie Aurélien Mickaël Ludovic Grégoire
  Kai Heiko Detlev Rüdiger Hartmut Claus Ewald Winfried Wilfried Eberhard Ekkehard Knut Malte
  Hauke Leopold Engelbert Serkan Cem Hüseyin Ronny Ingo Olaf Sönke Gunnar Wulf Henning Hendrik
  Ansgar Ortwin Dietmar Dietrich Reinhold Reiner Gernot Timm Konstantin Jannis Janosch Carsten
  Karsten Gerald Herwig Wolfram Gebhard Hinnerk Jörn Arnd Arndt Bodo Erhard Gerhart Hartwig Lutz
  Olli Udo Fynn Finn Jonte Lasse Bjarne Tjark Wout Joost Bram Ruud Jeroen Gijs Levent Tarkan
  Erdal Orhan Selim Volkan Ercan Okan Tayfun Recep Fikret
  Tesfay Baran Bojan Mohamed Khalid Hamza Bilal Jin Wei Haruto Raj Deepak Chidi Abebe Dawit
  Tsegaye Kiros Amanuel Haile Berhane Mesfin Girma Kebede Solomon Emmanuel Kerem Hakan Tarik
  Tariq Nabil Rachid Walid Jamal Hassan Farid Mahmoud Mahmud Anas Ayoub Bekim Ilir Dardan Petar
  Miloš Dušan Zlatko Branko Dmitry Sergei Sergey Andrij Andriy Oleksandr Oleksiy Taras Volodymyr
  Bohdan Yuri Juri Tomasz Pawel Mateusz Václav Jiří Radek Nuno Tiago Diogo Gonçalo Andrés Raúl
  Álvaro Mateo Joaquín Rodrigo Takashi Haruki Satoshi Yuto Minh Tuan Duc Quang Jun Hao Lei Jian
  Ming Jie Tao Moussa Mamadou Ousmane Abdoulaye Cheikh Idrissa Seydou
  Osman Onur Oğuz Barış Sinan Tolga Erkan Gökhan Kaan Arda Berk Tomaž Žiga
  Ahmed Rami Mohammad Mohamad Mahmut Yassin Yasin Mehdi Sami Ziad Fadi Hadi Majid Rashid Hamad
  Faisal Nasser Nando Janick Balz Gallus Gino Enea Nevio Julian Aaron Rafael Edwin Dölf Chrigel
  Sigi Hansjürg Corsin Ursin Andrin
  Ionuț Ionut Gheorghe Florin Radu Sorin Dumitru Alexandru Ciprian Eamon Cormac Seamus Declan Niall
  Moses Joseph Ardit Arbnor Albion Dren Gentian Leotrim Liridon Visar Valmir Fitim Ermal Besart
  Labinot Jawad Farhad Mohsen Wahid Gaspard Ottokar Claes Friedhelm Yannis Stavros Ben Tomás
  Abbas Abdel Abdi Abdirahman Abdul Abdullah Abiy Adam Adil Admir Adnan Adolf Agim Akira Alan
  Alberto Albin Albrecht Aldo Alessio Alexandre Alexei Aleš Almir Alper Amin Amit Andrew Andy
  Angelo Angus Anil Ante Anthony António Arash Arian Arjen Arman Armend Arnaud Arno Artan Arun
  Ashraf Attila Avi Axel Ayman Azad Babak Barack Bashar Bashir Basil Berthold Bijan Bill Blaž Bob
  Boris Boštjan Bruce Burkhard Bülent Can Carl Cengiz Chaim Christopher Christos Colin Connor
  Conor Cornelius Cristiano Daan Damir Daniele Darius Darko Dimitris Dmytro Domenico Donald
  Drilon Duncan Edgar Edin Edmund Eduardo Edward Einar Eli Elio Elliot Elvir Elvis Emanuele Endrit
  Enes Enis Enrique Eoin Eren Eric Ethan Ewan Fabien Faruk Fatih Federico Felipe Ferenc Ferhat
  Filip Filippo Fisnik Flamur Flavio Francisco Franco Furkan Fábio Gareth Gary Gaudenz Geert
  Georgi Georgios Gerrit Giannis Gieri Giulio Gonzalo Gottlieb Grzegorz Guillermo Gustavo Guy
  Gábor Gérard Göran Hakim Halil Hans-Joachim Hans-Jürgen Hans-Peter Haris Haroon Harun Heiner
  Helge Henry Hervé Heung-min Hicham Hossein Hrvoje Hugh Håkan Ian Ignacio Ignazio Iker Ilija
  Imran István Ivica Iwan Jake Janez Janusz Jari Jaroslav Jarosław Jason Jasper Jean-Claude Jean-
  Jean-Jacques Jean-Louis Jean-Luc Jean-Marc Jean-Michel Jean-Paul Jean-Pierre Jeremias
  Jeremy Jerry Jerzy Jesper Jesse Jeton Jim Jinping Joakim Joaquim Joe Jong-un Jordi Joris Joshua
  Josip Jozef Juan Justin Justus János József Kadir Kamil Kamran Karl-Heinz Keith Kenan Khalil
  Kimi Kirill Kjell Klemens Koen Kostas Kylian Kyriakos Larry Laurin Lazar Leif Lennart Leonard
  Leonardo Liam Linard Lionel Luciano Luka Lukáš Luís László Léo Léon Maarten Mahdi Mahinda Maik
  Malcolm Malik Manuele Marcello Marcin Marlon Marvin Marwan Matej Matthew Maurizio Maxim
  Maximilian Mergim Mert Mesut Metin Michał Mikael Milad Min-jae Mirsad Mirza Mladen Moshe Muhamed
  Naim Najib Narendra Naruhito Nasir Navid Nawaz Nedim Neil Nemanja Neymar Nick Nicolás Niels
  Nigel Nikita Niklas Nikolai Nikolaus Nikos Nima Noel Noé Omid Ondřej Osama Owen Ozan
  Patrik Paulo Paweł Pekka Petrit Petro Pierre-Yves Piet Pietro Predrag Primož Péter Rafa Raffaele
  Ragnar Rahul Rajesh Rajiv Ramesh Ramin Ramón Ravi Renzo Ricardo Rocco Rok Roy Ruben Rubén Rudi
  Ryan Rémy Röbi Saeed Said Salah Salim Salman Salvatore Sanjay Sauli Saša Selçuk Senad Serdar
  Serhat Shinzo Slobodan Srđan Stanisław Stephen Steve Sunil Suresh Sylvain Sándor Søren Süleyman
  Tadej Tamás Tedros Theodor Thiago Tomislav Tony Tristan Tyler Uli Umberto Umut Uroš Uğur
  Valentino Veit Veton Vijay Vincenzo Vinzenz Vinícius Vittorio Waldemar Wayne Willem Wim Witali
  Wladimir Wouter Xavi Xavier Xiaoping Yair Yann Yasser Yitzhak Yohannes Yvan Zakaria
  Zedong Zeno Zlatan Zoltán Émile Éric Étienne Ólafur Óscar Đorđe Łukasz Željko
  Luan Afrim Kujtim Gëzim Shpend Arbër Xhevdet Graham Gordon Trevor Stuart Rhys Dylan Callum Ronan Aidan Kieran Brendan
  Ernesto Gilberto Arturo Ottavio Aurelio Emilio Duarte Afonso Eero Bjørn Ciarán Hamish Alistair
  Juha Antti Heikki Lauri Ilkka Torbjørn Mads Emir Rúben Jesús Sebastián Martín Adrián Iñigo Víctor
  Sérgio Vítor Hélder Flávio Cláudio Márcio Júlio
`,
);

/**
 * Given names, capitalised, that name women and men alike (Andrea is a Swiss woman and an
 * Italian man, Deniz a Turkish name of either): a name all the same, whose gender the text must
 * say ("sagt er", "die Studentin Kim Meier").
 */
export const eitherGivenNames = list(
  'eitherGivenNames',
  `
  Camille
  Andrea Sascha Kim Nikola Nicola Deniz Robin Alex Gabriele Dominique Claude Michele Noa Jona
  Eike Chris Charlie Mika Janne Sandy Ariel Sam
`,
);

/** Academic titles before a name, as written: Dr. Karin Oswald, Prof. Dr. Matthias Brüggemann. */
export const academicTitles = list('academicTitles', `Dr. Prof.`);

/**
 * Words that make capitalised words the name of an organisation or a medium, not of a person
 * ("schreibt Radio Lindenfeld", "so Pro Natura"), as written; compounds ending in one of
 * `organisationTails` count too (Kantonspolizei, Bauernverband).
 */
export const organisationWords = list(
  'organisationWords',
  `Radio Tele TV Verlag AG GmbH SA Bank Stiftung Verband Gewerkschaft Polizei Spital Gemeinde
  Stadt Kanton Universität Hochschule Club FC EHC SC HC SG TSV SV EV Partei Verein Genossenschaft Amt
  Gericht Ministerium Konzern Gruppe Holding Zeitung Pro Swiss Schweiz Museum Theater
  Securities Capital Partners Research Equity Investments Advisors Consulting`,
);

/**
 * Organisation words that name a group of people rather than a body that speaks as one, as
 * written: "Die Gruppe ohne Bildschirm schlief länger" is no subject a later "sie" could mean.
 */
export const peopleGroupNouns = list('peopleGroupNouns', `Gruppe`);
/** Lower-case ends of organisation nouns: Kantonspolizei, Bauernverband, Regionalspital. */
export const organisationTails = [
  ...list(
    'organisationTails',
    `
  polizei verband verein bank amt gericht spital stiftung partei gruppe zeitung gewerkschaft
  museum klub schule klinik kirche behörde feuerwehr kommission verwaltung direktion departement
  firma organisation kammer gesellschaft vereinigung unternehmen institut korporation zunft
  genossame
  `,
  ),
];

/**
 * Lower-case ends of organisation nouns that make one only as the end of a compound: the
 * Gemeindeaufsicht or Bankenaufsicht speaks; "die Aufsicht am Sprungturm" is a duty.
 */
export const compoundOrganisationTails = [...list('compoundOrganisationTails', `aufsicht`)];

/**
 * Nouns for a person by nationality that do not end in -er or -erin, lower case: "sagt der
 * Finne", "so die Kroatin" mean the person the paragraph just named, as "die Zürcherin" does.
 */
export const nationalityNouns = list(
  'nationalityNouns',
  `
  finne finnin schwede schwedin däne dänin russe russin franzose französin brite britin pole polin
  kroate kroatin serbe serbin tscheche tschechin slowake slowakin türke türkin grieche griechin
  chinese chinesin portugiese portugiesin ire irin schotte schottin bulgare bulgarin rumäne rumänin
  slowene slowenin ungarin norwegerin lette lettin este estin
`,
);
