-- Blikk: innebygd case «gravid»
-- Første konsultasjon i svangerskapsomsorgen: levevanesamtale, TWEAK og
-- AUDIT-C som samtaleåpnere, en partner som svarer for henne, drikking før
-- hun visste, veien fra samtale til tettere oppfølging, samarbeid med
-- samtykke, og hva loven gir og ikke gir før fødselen.

-- Motoren fjerner innrykk i hver linje, både i faste tekster og i tekst fra
-- funksjoner, så avsnittene kan skrives med innrykk som resten av filen.
-- Setter sammen avsnitt (hoppes over hvis tomme).
local function avsnitt(...)
  local ut = {}
  for i = 1, select("#", ...) do
    local a = select(i, ...)
    if a and a ~= "" then ut[#ut + 1] = a end
  end
  return table.concat(ut, "\n\n")
end

scenario {
  id = "gravid",
  title = "Første konsultasjon: Hanna i uke 9",
  summary = "Hanna er gravid for første gang og kommer til første konsultasjon "
    .. "sammen med samboeren. Du har levevanesamtalen foran deg: alkohol, "
    .. "andre rusmidler og vold – og en partner som gjerne svarer for henne.",
  role = "Du er jordmor i svangerskapsomsorgen på helsestasjonen i en mellomstor "
    .. "kommune. Kommunen bruker BTI og har en handlingsveileder for "
    .. "jordmortjenesten. Fastlegene deler svangerskapsomsorgen med dere.",
  language = "nb",
  version = 1,
  audience = { "Jordmødre", "Fastleger", "Helsesykepleiere",
               "Studenter i jordmorfag" },
  minutes = 25,
  objectives = {
    "Bruke TWEAK og AUDIT-C som samtaleåpnere i levevanesamtalen med alle gravide",
    "Skille drikking før graviditeten var kjent fra risikofaktorer og signaler i svangerskapet",
    "Sikre en del av konsultasjonen med den gravide alene, også for å spørre om vold",
    "Gå fra samtale til tettere oppfølging, henvisning og samarbeid med informert samtykke",
    "Kjenne hva loven gir og ikke gir av plikter før barnet er født",
  },
  competencies = {
    { id = "samtale", name = "Samtale og relasjon" },
    { id = "samarbeid", name = "Oppfølging og samarbeid" },
    { id = "jus", name = "Taushetsplikt, samtykke og lov" },
  },
  start = "ankomst",
  state = {
    uke = 9,             -- svangerskapsuke, vises i teksten
    tillit = 0,          -- Hannas tillit til deg
    varslet = false,     -- du sa tidlig at en del av timen er med henne alene
    kartlagt = false,    -- TWEAK og AUDIT-C er gjennomført
    spurt_partner = false,
    feil_info = false,   -- du sa at ett glass i bryllupet er greit
    vold_med_partner = false,
    fortalt = false,     -- Hanna fortalte i første time om drikking etter testen
    plan = "ingen",      -- ingen / vanlig / ekstra / tsb / tett
    samtykke = false,    -- informert samtykke til samarbeid
    hemmelig = false,    -- du lovet absolutt hemmelighold
    brudd = false,       -- du fortalte Kristoffer det Hanna sa, uten samtykke
    trussel = false,     -- du truet med melding
    fulgt_opp = false,   -- dokumenterte, drøftet og ringte etter første time
    helsekort = false,   -- skrev bekymringen i helsekortet
    henvist = false,     -- henvisning som Hanna selv er med på
    barnevern = false,   -- melding til barnevernet uten samtykke
    melding32 = false,   -- for tidlig melding til kommunen
    alene_om_det = false,
  },
  debrief = {
    "Spør alle gravide om alkohol, andre rusmidler og vold – og si at dere spør alle. Å spørre bare dem som «ser ut som de drikker», gir stigma og gjør at mange ikke blir fanget opp.",
    "TWEAK og AUDIT-C åpner en samtale; de stiller ingen diagnose. «Null nå» etter høy toleranse før graviditeten er en grunn til å spørre mer, ikke til å slutte å spørre.",
    "En partner som svarer for henne, kan se omsorgsfull ut. Gjør det til en fast rutine at en del av timen er med den gravide alene, og still spørsmål om vold bare når hun er alene.",
    "Drakk hun før hun visste at hun var gravid? Berolig realistisk, flytt blikket framover og unngå skyld. Det finnes ingen trygg mengde og ikke noe trygt tidspunkt, så anbefalingen er ingen alkohol resten av svangerskapet.",
    "Drikking etter at graviditeten er kjent krever en grundig, ikke-dømmende samtale, tettere oppfølging med en fast dato for evaluering, dokumentasjon og drøfting (BTI nivå 1). Ved vedvarende bruk: tilby henvisning til pasientforløpet for gravide og rusmidler og samarbeid med samtykke (BTI nivå 2–3).",
    "Et gyldig samtykke er informert, frivillig og dokumentert, og kan trekkes tilbake. Partneren har ingen rett til hennes helseopplysninger. Lov aldri absolutt hemmelighold.",
    "Før fødselen gjelder ikke opplysningsplikten til barnevernet fosteret. Ved rusbruk som gjør det overveiende sannsynlig at barnet blir født med skade, har helsepersonell opplysningsplikt til den kommunale helse- og omsorgstjenesten (helsepersonelloven § 32 andre ledd). Tiltak uten samtykke kan bare vedtas når frivillig hjelp ikke strekker til.",
    "Både overreaksjon (trusler, melding uten grunnlag) og passivitet (vente, la være å spørre) skader. Det beste vernet for barnet er ofte en relasjon der mor tør å fortelle.",
  },
  references = {
    "Helsedirektoratet: Nasjonal faglig retningslinje for svangerskapsomsorgen – anbefalingene om samtale om alkohol, rusmidler og vanedannende legemidler, og om vold i nære relasjoner. helsedirektoratet.no/retningslinjer/svangerskapsomsorgen",
    "Helsedirektoratet: Nasjonalt pasientforløp gravide og rusmidler (tidligere pakkeforløp). helsedirektoratet.no/nasjonale-forlop/gravide-og-rusmidler",
    "Helsedirektoratet: Nasjonal faglig retningslinje for tidlig oppdagelse av utsatte barn og unge (IS-2826, 2019). Erstattet «Fra bekymring til handling» (IS-1742, 2009); gravide dekkes av retningslinjen for svangerskapsomsorgen.",
    "Helsedirektoratet: Helsepersonelloven med kommentarer (rundskriv), særlig § 32 om opplysninger til den kommunale helse- og omsorgstjenesten og § 33 om opplysningsplikt til barnevernet.",
    "Helse- og omsorgstjenesteloven kapittel 10 (tilbakeholdelse av gravide rusmiddelavhengige, med og uten samtykke).",
    "Norsk helseinformatikk (NHI): TWEAK og AUDIT-C for gravide. Se Helsedirektoratets veiledning (IS-0265) for terskelen på toleransespørsmålet.",
    "Helsenorge: Gravid og alkohol.",
    "Helsedirektoratet: Motiverende intervju (MI) som metode.",
    "Tidlig Inn – opplæringsprogram for ansatte som møter gravide og småbarnsforeldre (KoRus, RVTS, RBUP/RKBU, Bufetat).",
    "Kommunens BTI-handlingsveileder for jordmortjenesten (nivå 0–3, stafettlogg og samtykke).",
  },
  authors = { "Blikk-prosjektet" },
}

---------------------------------------------------------------------------
-- Personer
---------------------------------------------------------------------------

character {
  id = "hanna", name = "Hanna (29)",
  description = "Gravid for første gang, i uke 9. Rådgiver i et konsulentselskap "
    .. "med lange dager. Samboer med Kristoffer.",
}
character {
  id = "kristoffer", name = "Kristoffer (33)",
  description = "Hannas samboer. Pratsom og engasjert, og med på første konsultasjon.",
}
character {
  id = "marte", name = "Marte, jordmor",
  description = "Kollega på helsestasjonen.",
}
character {
  id = "solveig", name = "Solveig, leder",
  description = "Leder for helsestasjonen og jordmortjenesten.",
}

---------------------------------------------------------------------------
-- Observasjoner
---------------------------------------------------------------------------

-- ankomst
observation {
  id = "tidlig_kontakt", kind = "protective",
  text = "Bestilte time samme dag som den positive testen, og kommer i uke 9",
  explain = "Tidlig kontakt med svangerskapsomsorgen er en beskyttelsesfaktor. "
    .. "Det gir tid til å bygge en trygg relasjon og til å hjelpe mens det betyr "
    .. "mest. Sen oppstart av svangerskapsomsorgen er derimot et mulig signal.",
}
observation {
  id = "partner_svarer", kind = "risk",
  text = "Kristoffer svarer på spørsmål som stilles til Hanna",
  explain = "Felle. Det ser ut som omsorg og engasjement, men når partneren "
    .. "svarer for henne, hører du ikke hennes egen stemme. En partner som er "
    .. "påtrengende til stede, beskrives også som et mulig tegn på vold, og vold "
    .. "og rus opptrer ofte sammen. Det beviser ingenting, men er en god grunn "
    .. "til å følge rutinen om at en del av timen er med henne alene.",
}
observation {
  id = "kvalme", kind = "neutral",
  text = "Kvalm hver morgen og sovner tidlig om kveldene",
  explain = "Kvalme og tretthet er vanlig i første trimester og sier ingenting "
    .. "om alkohol. Noter det som vanlige svangerskapsplager, ikke som et tegn.",
}

-- kartlegging
observation {
  id = "toleranse", kind = "risk", weight = 2,
  text = "Trengte fem–seks glass før hun kjente virkning, før graviditeten",
  explain = "Høy toleranse tyder på et høyt og vant inntak før graviditeten. "
    .. "Svaret gir alene 2 poeng i TWEAK, og 2 er grensen for mulig risikofylt "
    .. "drikking. Vaner fra før graviditeten henger sammen med drikking under "
    .. "den, så overgangen til avhold fortjener en egen samtale.",
}
observation {
  id = "null_naa", kind = "risk",
  text = "Svarer «null» om tiden etter testen – med Kristoffer ved siden av",
  explain = "Felle. Null høres beroligende ut, men svaret ble gitt med partneren "
    .. "til stede og etter et høyt inntak før graviditeten. «Null nå» og høy "
    .. "toleranse før er et kjent mønster som fortjener en samtale om hvordan "
    .. "overgangen har vært. Svaret kan være sant, men det avslutter ikke saken.",
}
observation {
  id = "bagatelliserer", kind = "risk",
  text = "Ler bort at en venninne har kommentert drikkingen hennes",
  explain = "TWEAK spør om andre har vært bekymret for drikkingen, fordi nære "
    .. "personer ofte ser det før man ser det selv. Når hun ler det bort og "
    .. "partneren støtter henne, er det et tegn på bagatellisering. Det er ikke "
    .. "et bevis, men noe å undre seg over sammen med henne.",
}

-- foer_visste
observation {
  id = "firmafest", kind = "neutral",
  text = "Drakk mye på en firmafest i uke 4, før hun visste at hun var gravid",
  explain = "Mange drikker før de vet at de er gravide. En enkelt kveld før "
    .. "graviditeten var kjent, er ikke et tegn i seg selv; det viktigste nå er "
    .. "ingen alkohol resten av svangerskapet. Hun trenger realistisk "
    .. "beroligelse, ikke skyld. (Vanene før graviditeten – som høy toleranse – "
    .. "er en annen sak.)",
}
observation {
  id = "oensker_beste", kind = "protective",
  text = "Sier at hun vil gjøre alt riktig for barnet",
  explain = "Ønsket om det beste for barnet er en viktig ressurs, og "
    .. "pasientforløpet for gravide og rusmidler bygger på at alle gravide har "
    .. "det. Det er et godt utgangspunkt for en motiverende samtale.",
}
observation {
  id = "bryllup", kind = "neutral",
  text = "Spør om ett glass til skålen i søsterens bryllup er greit",
  explain = "Et vanlig kunnskapsspørsmål som jordmødre ofte får, og ikke et tegn "
    .. "på problemer. Det er en anledning til å gi informasjon i dialog: det "
    .. "finnes ingen kjent trygg mengde, og anbefalingen er ingen alkohol.",
}

-- alene
observation {
  id = "vin_kveld", kind = "risk", weight = 2,
  text = "Har tatt et par glass vin flere kvelder etter den positive testen",
  explain = "Å drikke etter at graviditeten er kjent, er et tydelig signal: "
    .. "AUDIT-C over 0 i svangerskapet skal alltid følges av en grundig, "
    .. "ikke-dømmende samtale. At hun drikker for å roe seg og få sove, peker "
    .. "også på stress og søvnvansker som hun kan få hjelp med.",
}
observation {
  id = "partner_drikker", kind = "risk",
  text = "Kristoffer drikker mye i helgene og sier at litt er greit for henne",
  explain = "Partnerens rusbruk er en risikofaktor. Den gjør det vanskeligere "
    .. "for henne å holde seg unna alkohol, og den kan prege familien etter "
    .. "fødselen. Retningslinjen ber deg spørre om partnerens rusbruk.",
}
observation {
  id = "soester", kind = "protective",
  text = "Har en søster hun stoler på og snakker med nesten hver dag",
  explain = "Et godt nettverk og minst én fortrolig person er en "
    .. "beskyttelsesfaktor. Søsteren kan bli en støtte, hvis Hanna selv vil "
    .. "involvere henne.",
}
observation {
  id = "alkoholfri", kind = "neutral",
  text = "Har kjøpt alkoholfri musserende til helgene",
  explain = "Alkoholfri drikke i kjøleskapet er verken et varsel eller et bevis "
    .. "på avhold. Det kan bety at hun prøver, men det veier lite: se på hva hun "
    .. "gjør og sier ellers.",
}

-- samtykke
observation {
  id = "vil_delta", kind = "protective",
  text = "Spør selv om det finnes noen hun kan snakke med om søvn og stress",
  explain = "Når hun selv ber om hjelp, viser det motivasjon og eierskap. "
    .. "Brukermedvirkning bærer både BTI og pasientforløpet, og hjelp hun selv "
    .. "har bedt om, blir oftere tatt imot.",
}

-- kontroll_tett
observation {
  id = "aerlig", kind = "protective",
  text = "Forteller selv om helgen på hytta, før du rekker å spørre",
  explain = "At hun tar opp en sprekk av seg selv, viser at relasjonen er trygg "
    .. "nok til ærlighet. Det er en beskyttelsesfaktor som må pleies: ros "
    .. "åpenheten, ikke straff den.",
}
observation {
  id = "hyttetur", kind = "risk",
  text = "Drakk to glass på hyttetur med Kristoffers venner, der alle drakk",
  explain = "Et miljø der alle drikker, og en partner som drikker mye, gjør "
    .. "avhold vanskelig. Tilbakefallet er et signal om at oppfølgingen bør "
    .. "styrkes, gjerne med samarbeid og et tilbud også til partneren.",
}

-- kontroll_sen
observation {
  id = "uteblitt", kind = "risk",
  text = "Uteble fra kontrollen i uke 13 uten å gi beskjed",
  explain = "Å utebli fra kontroller er et kjent signal i svangerskapsomsorgen, "
    .. "både for rusbruk og for vold. Én uteblivelse beviser ingenting, men "
    .. "sammen med det du ellers vet, er det grunn til å handle nå og ikke vente.",
}
observation {
  id = "sms_bil", kind = "risk",
  text = "Kristoffer kjører henne og venter i bilen – «han er så omtenksom»",
  explain = "Felle. Det ser ut som omsorg, men han sender meldinger og spør når "
    .. "hun er ferdig mens hun er hos deg. Kontroll over hvor hun er og hvem hun "
    .. "snakker med, kan være et tegn på vold i nære relasjoner. Spør om vold "
    .. "når hun er alene, og skriv det ikke i helsekortet.",
}
observation {
  id = "stabil", kind = "protective",
  text = "Begge har faste jobber, og de eier leiligheten de bor i",
  explain = "Stabil bolig og økonomi er beskyttelsesfaktorer. De beskytter ikke "
    .. "mot rusbruk, men gir et bedre grunnlag for tiltak og endring.",
}

---------------------------------------------------------------------------
-- Hjelpefunksjoner for forgreining
---------------------------------------------------------------------------

local function inn_til_alene(s)
  if s.tillit < 0 then return "alene_lukket" end
  return "alene"
end

-- Hva første time viste, brukt i avslutningene.
local function foerste_signaler(s)
  if s.fortalt then
    return [[Hun fortalte deg allerede i uke 9 at hun drakk etter testen.]]
  elseif s.kartlagt then
    return [[Signalene var der i første time: en positiv TWEAK, «null nå» med
      partneren ved siden av, og en partner som svarte for henne.]]
  end
  return [[Signalene var der i første time: en partner som svarte for henne,
    og en kartlegging som skulle vært gjort med alle, men ble hoppet over.]]
end

local SLUTTER = { "god_start", "sen_hjelp", "trakk_seg", "uavklart" }

local function slutt(s)
  if s.barnevern or s.melding32 or s.brudd or s.tillit < 0 then
    return "trakk_seg"
  end
  if s.plan == "tett" and s.henvist and not s.trussel and s.tillit >= 2 then
    return "god_start"
  end
  if s.plan == "tett" or s.henvist then
    return "sen_hjelp"
  end
  return "uavklart"
end

---------------------------------------------------------------------------
-- Scene 1: ankomst
---------------------------------------------------------------------------

scene {
  id = "ankomst", title = "Første konsultasjon",
  text = [[
    Det er tirsdag morgen på helsestasjonen. Hanna bestilte time samme dag som
    hun tok en positiv graviditetstest, og nå er hun i uke {uke}. Samboeren
    Kristoffer er med. Hanna er blek. Hun forteller at hun har vært kvalm hver
    morgen den siste uka, og at hun sovner på sofaen før klokka ni.

    Du går gjennom sykehistorien. Når du spør Hanna om tidligere sykdommer,
    svarer Kristoffer før hun rekker det.

    kristoffer: Hun er helt frisk. Vi trener, vi spiser sunt, alt det der.

    du: Har du vært gravid før, Hanna?

    kristoffer: Nei, dette er den første. Ikke sant?

    hanna: Ja. Det stemmer.

    Neste punkt i journalmalen er levevaner: alkohol, andre rusmidler,
    vanedannende legemidler – og vold i nære relasjoner.
  ]],
  observe = { "tidlig_kontakt", "partner_svarer", "kvalme" },
  concern = 2,
  facilitator = [[
    Ekspertnivå 2 (undring): Ingenting tyder på alkohol ennå, men Kristoffer
    svarer for Hanna. Det er ikke et tegn alene, men nok til å undre seg og til
    å sørge for at hun får snakke alene. Tidlig kontakt er en ressurs, og
    kvalmen er nøytral. 1 kan forsvares hvis man bare ser etter alkohol; 3 er en
    overreaksjon så langt.

    Spørsmål: Hvordan innleder dere levevanesamtalen når partneren er med? Hvordan
    gjør dere «en del av timen alene» til en rutine som ikke oppleves som
    mistanke? Hva sier det at Kristoffer svarer – og hva sier det ikke?
  ]],
  choices = {
    { id = "ankomst_rett_paa",
      text = "Les opp TWEAK-spørsmålene og kryss av mens begge sitter der, uten å si noe om hvorfor dere spør",
      next = "kartlegging",
      score = { samtale = 0 },
      set = { kartlagt = true },
      feedback = "Du gjennomfører rutinen, og det er bedre enn å hoppe over den. Men uten en innramming kan spørsmålene oppleves som mistanke, og med Kristoffer ved siden av er det ikke sikkert at Hanna svarer fritt. Si at alle får spørsmålene og hvorfor, og planlegg at en del av samtalen skjer med henne alene." },
    { id = "ankomst_ramme",
      text = "Si at dere spør alle gravide om alkohol og andre rusmidler fordi det betyr mye for barnet, spør om det er greit, og fortell at en del av timen alltid er med den gravide alene",
      next = "kartlegging",
      score = { samtale = 2 },
      set = { varslet = true, kartlagt = true },
      add = { tillit = 1 },
      feedback = "Godt valg. Når alle får de samme spørsmålene, blir det vanlig å svare ærlig, og ingen føler seg mistenkt. Du ber om lov, og du forbereder allerede nå at en del av timen er med Hanna alene. Det er en fast rutine i svangerskapsomsorgen – ikke en reaksjon på Kristoffer – og det gjør det lettere å be ham gå ut senere." },
    { id = "ankomst_hopp",
      text = "Gå lett over levevanene – paret virker ressurssterkt og sunt, og timen har mye annet som skal rekkes",
      next = "foer_visste",
      score = { samtale = -2 },
      feedback = "En vanlig feil. Retningslinjen for svangerskapsomsorgen sier at alle gravide skal spørres om alkohol, andre rusmidler og vold. Å spørre bare dem som «ser ut som de drikker», gir stigma og gjør at mange ikke blir fanget opp – også ressurssterke kvinner. Du mister nå kartleggingen som kunne gitt deg et grunnlag for samtalen." },
    { id = "ankomst_preken",
      text = "Start med en grundig orientering om fosterskader og FAS, så de forstår alvoret før du stiller spørsmålene",
      next = "kartlegging",
      score = { samtale = -1 },
      set = { kartlagt = true },
      add = { tillit = -1 },
      feedback = "Godt ment, men det virker mot sin hensikt. Informasjon som kommer som en preken før spørsmålene, kan oppleves som en anklage, og moralisering og skremsel fører til underrapportering. Gi heller informasjon i dialog, etter at du har hørt hva hun vet og tenker selv." },
  },
}

---------------------------------------------------------------------------
-- Scene 2: kartlegging (TWEAK og AUDIT-C)
---------------------------------------------------------------------------

local KARTLEGGING = [[
  du: Før du ble gravid – hvor mange glass måtte du drikke før du kjente at
  det virket?

  hanna: Fem–seks, kanskje. Jeg tåler ganske mye.

  kristoffer: Hun er festens midtpunkt, hun.

  du: Har noen rundt deg vært bekymret for drikkingen din det siste året?

  hanna: *ler* Ei venninne sier at jeg tar helga på forskudd. Men hun er sånn
  sunnhetsfrik.

  Hun husker ikke slutten av julebordet i fjor, sier hun, «men det gjorde
  ingen av de andre heller». AUDIT-C for året før graviditeten gir 6 poeng;
  grensen for risikodrikking er 4.

  du: Og etter at du fikk vite at du er gravid?

  hanna: Null. Ingenting.

  Hun ser bort på Kristoffer før hun svarer. Du summerer TWEAK: toleransesvaret
  gir 2 poeng og hukommelsestapet 1. Det blir minst 3, og 2 er grensen for
  mulig risikofylt drikking.
]]

scene {
  id = "kartlegging", title = "TWEAK og AUDIT-C",
  text = function(s)
    local inn
    if s.tillit < 0 then
      inn = [[Etter orienteringen om fosterskader er stemningen stivere. Hanna
        svarer kort og ser ofte bort på Kristoffer. Du går gjennom TWEAK og
        AUDIT-C tilpasset gravide.]]
    elseif s.varslet then
      inn = [[Hanna nikker når du sier at dette er spørsmål alle gravide får.
        Du går gjennom TWEAK og AUDIT-C tilpasset gravide.]]
    else
      inn = [[Du går gjennom TWEAK og AUDIT-C tilpasset gravide. Kristoffer
        lener seg fram for å se arket.]]
    end
    return avsnitt(inn, KARTLEGGING)
  end,
  observe = { "toleranse", "null_naa", "bagatelliserer" },
  concern = 3,
  facilitator = [[
    Ekspertnivå 3: TWEAK er positiv (minst 3 poeng), og AUDIT-C for året før
    graviditeten er 6. Etter rutinen skal et positivt svar følges av en grundig,
    ikke-dømmende samtale og tettere oppfølging i egen tjeneste (BTI nivå 1),
    selv om hun svarer null nå. 2 kan forsvares som «jeg vil vite mer først»,
    men 1 betyr at fella «null nå» har virket. 4 er for høyt: ingen bruk etter
    at graviditeten ble kjent, er kjent ennå.

    Spørsmål: Hvordan presenterer dere et positivt TWEAK-resultat uten at det
    høres ut som en dom? Hva gjør partnerens nærvær med svarene? Hva kan «null»
    bety her – og hvordan finner dere ut av det?
  ]],
  choices = {
    { id = "kartlegging_null_ok",
      text = "Si at null er helt riktig nå, så her er det ingen grunn til bekymring, og gå videre til blodprøvene",
      next = "foer_visste",
      score = { samtale = -1 },
      feedback = "Du går i fella. Null høres bra ut, men svaret kom med Kristoffer ved siden av og etter et høyt inntak før graviditeten. En TWEAK på 3 er positiv, og rutinen er da en grundig, ikke-dømmende samtale. Ros gjerne at hun har sluttet, men lukk ikke temaet." },
    { id = "kartlegging_konfronter",
      text = "Si at fem–seks glass er mye, og spør om hun er helt sikker på at hun ikke har drukket noe etter testen",
      next = "foer_visste",
      score = { samtale = -1 },
      add = { tillit = -1 },
      feedback = "Du har sett signalet, men konfrontasjon skaper motstand. Når hun føler seg mistrodd med partneren til stede, er det lite sannsynlig at hun forteller mer. MI anbefaler å utforske, ikke å korrigere: spør om overgangen, og ta det videre når dere er alene." },
    { id = "kartlegging_aapen",
      text = "Takk for ærlige svar, si at poengsummen betyr at dere bør snakke mer om det, og spør åpent hvordan det har vært å gå fra det hun drakk før til ingenting",
      next = "foer_visste",
      score = { samtale = 2 },
      add = { tillit = 1 },
      feedback = "Godt. TWEAK er en samtaleåpner, ikke en diagnose. Når du anerkjenner svarene og spør om overgangen, åpner du for en ærlig samtale uten å anklage. «Null nå» etter høy toleranse før er nettopp det mønsteret som fortjener oppfølging – og resten kan du ta med henne alene." },
    { id = "kartlegging_partner",
      text = "Spør også Kristoffer om hans egne alkoholvaner, slik dere gjør med partnere",
      next = "foer_visste",
      score = { samtale = 1 },
      set = { spurt_partner = true },
      feedback = "Delvis godt. Partnerens rusbruk er en risikofaktor, og det er riktig å spørre om den. Men her hopper du over Hannas egne svar: TWEAK er positiv, og det hun sier om tiden etter testen, trenger oppfølging – helst når hun er alene." },
  },
}

---------------------------------------------------------------------------
-- Scene 3: foer_visste (drikking før hun visste)
---------------------------------------------------------------------------

local FOER_VISSTE = [[
  hanna: Det er en ting jeg har gruet meg for. Vi hadde firmafest da jeg var
  i uke fire, og da drakk jeg mye. Jeg visste jo ikke at jeg var gravid. Kan
  jeg ha skadet babyen?

  kristoffer: Det var jo bare én kveld.

  hanna: Jeg vil gjøre alt riktig nå. Alt. Og søsteren min gifter seg i juli.
  Er det greit med ett glass til skålen?
]]

scene {
  id = "foer_visste", title = "Før hun visste",
  text = function(s)
    local inn
    if s.kartlagt then
      inn = "Mens du noterer svarene, tar Hanna opp noe selv."
    else
      inn = [[Du har gått raskt over levevanene. Mens du skriver ut
        rekvisisjonen til blodprøvene, tar Hanna opp noe selv.]]
    end
    local partner = nil
    if s.spurt_partner then
      partner = [[Kristoffer svarte i sted at han tar «noen pils i helgene,
        som alle andre».]]
    end
    return avsnitt(inn, partner, FOER_VISSTE)
  end,
  observe = { "firmafest", "oensker_beste", "bryllup" },
  facilitator = [[
    Ingen bekymringsmåling her: dette er en kunnskaps- og relasjonsscene. Å ha
    drukket før graviditeten var kjent, er vanlig og ikke et tegn i seg selv.
    Overreaksjon og skyld er en kjent feil.

    Spørsmål: Hvordan beroliger dere uten å love noe dere ikke kan love? Hvordan
    svarer dere på «ett glass i bryllupet» uten å moralisere? Hva er forskjellen
    på en enkelt kveld før og et mønster før?
  ]],
  choices = {
    { id = "foer_visste_ultralyd",
      text = "Tilby en ekstra ultralyd, så hun kan bli beroliget",
      next = "rom_alene",
      score = { samtale = -1 },
      feedback = "Omsorgsfullt, men misvisende. Ultralyd kan ikke påvise eller utelukke alkoholskader, så undersøkelsen kan gi falsk trygghet eller ny uro. Det hun trenger, er en samtale: at det er vanlig å ha drukket før man visste, og at det viktigste er ingen alkohol framover." },
    { id = "foer_visste_skade",
      text = "Si ærlig at skade ikke kan utelukkes, og forklar hvordan alkohol påvirker fosterets hjerne gjennom hele svangerskapet",
      next = "rom_alene",
      score = { samtale = -2 },
      add = { tillit = -2 },
      feedback = "Godt ment, og faglig riktig i seg selv, men det skader her. Å overreagere på drikking før graviditeten var kjent, påfører skyld og kan gjøre at hun holder tilbake det som skjer nå. At hjernen er sårbar hele svangerskapet, hører hjemme i en samtale om tiden framover – ikke som svar på en engstelig kvinnes spørsmål om noe hun ikke kan endre." },
    { id = "foer_visste_ett_glass",
      text = "Berolig henne: det går nok helt fint, og ett glass til skålen i bryllupet er ikke farlig",
      next = "rom_alene",
      score = { samtale = -1 },
      set = { feil_info = true },
      feedback = "Beroligelsen om firmafesten er forståelig, men rådet om bryllupet er feil. Det finnes ingen kjent trygg nedre grense og ikke noe trygt tidspunkt; anbefalingen er ingen alkohol. Et «ett glass går fint» fra jordmor blir lett en tillatelse – særlig for en som drakk mye før." },
    { id = "foer_visste_framover",
      text = "Si at det er vanlig å ha drukket før man vet, at det viktigste hun kan gjøre nå er å la være resten av svangerskapet, og spør hva hun selv tenker om skålen i bryllupet",
      next = "rom_alene",
      score = { samtale = 2 },
      add = { tillit = 1 },
      feedback = "Godt. Du beroliger realistisk uten å love noe, og du flytter blikket framover. Anbefalingen er ingen alkohol, og det finnes ingen kjent trygg mengde eller trygt tidspunkt – det kan du si uten å legge skyld på henne. Å spørre hva hun selv tenker om bryllupet, er MI: hun får sette ord på egne grunner." },
  },
}

---------------------------------------------------------------------------
-- Scene 4: rom_alene (få tid alene med Hanna)
---------------------------------------------------------------------------

scene {
  id = "rom_alene", title = "Slutten av timen",
  text = function(s)
    if s.varslet then
      return avsnitt([[Det nærmer seg slutten av timen. Blodprøvene er tatt,
        og neste kontroll skal avtales. Du sa innledningsvis at en del av timen
        alltid er med den gravide alene. Kristoffer sitter fortsatt med jakka
        på fanget.]])
    end
    return avsnitt([[Det nærmer seg slutten av timen. Blodprøvene er tatt, og
      neste kontroll skal avtales. Du har ennå ikke spurt om vold, og du har
      ikke hatt et øyeblikk med Hanna alene. Kristoffer sitter med jakka på
      fanget og ser på klokka.]])
  end,
  facilitator = [[
    Spørsmål: Hvordan ber dere partneren gå ut uten at det oppleves som
    mistanke? Hva gjør dere hvis han nekter? Hvorfor er det et problem å spørre
    om vold med partneren til stede, selv om paret virker åpne med hverandre?
    Hva koster det å utsette til neste kontroll?
  ]],
  choices = {
    { id = "rom_alene_utsett",
      text = "Det er mye som skal gjennomgås i dag – ta resten av levevanesamtalen og voldsspørsmålet ved neste kontroll",
      next = "foerste_slutt",
      score = { samtale = -1 },
      feedback = "Forståelig når tiden er knapp, men det er en kjent feil å vente til neste kontroll når det allerede finnes signaler. Det du har sett og hørt i dag, er nok til å prioritere noen minutter alene nå. Neste kontroll kan ligge flere uker fram i tid." },
    { id = "rom_alene_som_varslet",
      text = "Si at nå kommer den delen av timen dere alltid har med den gravide alene, og be Kristoffer vente på venterommet",
      when = function(s) return s.varslet end,
      next = inn_til_alene, targets = { "alene", "alene_lukket" },
      score = { samtale = 2 },
      feedback = "Godt. Fordi du varslet det tidlig, blir det en rutine og ikke en mistanke. Alle gravide skal spørres om vold, helst uten partneren til stede, og mange forteller først om alkohol og vold når partneren er ute av rommet." },
    { id = "rom_alene_be_ut",
      text = "Forklar at dere alltid har en del av timen med den gravide alene, og be Kristoffer vente på venterommet",
      when = function(s) return not s.varslet end,
      next = inn_til_alene, targets = { "alene", "alene_lukket" },
      score = { samtale = 2 },
      feedback = "Godt, selv om det kommer sent. En del av timen alene er en fast rutine, og alle gravide skal spørres om vold, helst uten partneren til stede. Hadde du nevnt det innledningsvis, ville det vært enda lettere for både Hanna og Kristoffer." },
    { id = "rom_alene_begge",
      text = "Still voldsspørsmålet nå, mens begge er her – de virker åpne med hverandre, og det føles mindre dramatisk",
      next = "foerste_slutt",
      score = { samtale = -2 },
      set = { vold_med_partner = true },
      feedback = "Dette kan være farlig. Spørsmål om vold skal stilles når den gravide er alene: hun kan ikke svare fritt med partneren i rommet, og en partner som utøver vold, skal ikke få vite at temaet er tatt opp. Et «nei» med partneren ved siden av betyr lite." },
  },
}

---------------------------------------------------------------------------
-- Scene 5a: alene (Hanna forteller)
---------------------------------------------------------------------------

local function kristoffer_gaar(s)
  if s.varslet then
    return "Kristoffer går ut uten å protestere. Døra glir igjen."
  end
  return [[Kristoffer løfter øyenbrynene. «Vi har ingen hemmeligheter for
    hverandre,» sier han, men han går ut.]]
end

scene {
  id = "alene", title = "Alene med Hanna",
  text = function(s)
    local innroemmer
    if s.kartlagt then
      innroemmer = [[hanna: Det jeg sa i sted om null. Det er ikke helt sant.
        Jeg har tatt et par glass vin flere kvelder etter testen. Jeg sover så
        dårlig, og jobben er helt vill nå. Det er bare for å roe ned.]]
    else
      innroemmer = [[hanna: Du spurte ikke så mye om alkohol i sted, men jeg
        vil si det. Jeg har tatt et par glass vin flere kvelder etter testen.
        Jeg sover så dårlig, og jobben er helt vill nå. Det er bare for å roe
        ned.]]
    end
    return avsnitt(kristoffer_gaar(s),
      [[Du spør om vold, slik du gjør med alle: om noen har slått, truet eller
        styrt henne. Hanna rister på hodet. Så blir hun sittende og se ned på
        hendene sine.]],
      innroemmer,
      "du: Takk for at du forteller meg det.",
      [[hanna: Kristoffer drikker mye i helgene, og han vil at vi skal gå ut
        som før. Han sier at litt går fint for meg også. Jeg har kjøpt
        alkoholfri musserende, så jeg har noe å holde i.]],
      [[hanna: Det er bare søsteren min som vet hvordan jeg egentlig har det. Vi
        snakker nesten hver dag.]])
  end,
  observe = { "vin_kveld", "partner_drikker", "soester", "alkoholfri" },
  concern = 3,
  facilitator = [[
    Ekspertnivå 3: Hun har drukket etter at graviditeten ble kjent, og
    partneren drikker mye. Samtidig er hun åpen, vil barnet det beste og har en
    søster å støtte seg på. Det tilsier en grundig samtale med MI, tettere
    oppfølging i egen tjeneste med en fast dato for evaluering (BTI nivå 1), og
    å tilby mer hjelp. 4 kan diskuteres hvis drikkingen er hyppigere enn hun
    sier; 5 er feil – ingenting tyder på at vilkårene for opplysningsplikt er i
    nærheten.

    Spørsmål: Hva skiller drikking etter positiv test fra drikking før hun
    visste? Hvordan bruker dere det hun sier om søvn og stress? Hva gjør dere
    med det hun forteller om Kristoffer?
  ]],
  choices = {
    { id = "alene_paalegg",
      text = "Si tydelig at hun må slutte helt, gi henne en brosjyre om alkohol og graviditet, og sett opp vanlig neste kontroll",
      next = "foerste_slutt",
      score = { samtale = -1 },
      set = { plan = "vanlig", fortalt = true },
      feedback = "Rådet er riktig, men formen bommer. Et pålegg og en brosjyre tar ikke tak i hvorfor hun drikker – søvn, stress og en partner som drikker – og en vanlig kontroll om flere uker er for lite når hun drikker nå. Ved positivt svar anbefales en grundig samtale og tettere oppfølging." },
    { id = "alene_tsb",
      text = "Si at dette må spesialisthelsetjenesten se på, og at du sender henvisning til tverrfaglig spesialisert rusbehandling i dag",
      next = "foerste_slutt",
      score = { samtale = -1 },
      set = { plan = "tsb", fortalt = true },
      add = { tillit = -1 },
      feedback = "En henvisning kan bli riktig, men ikke slik. Hun har nettopp fortalt noe vanskelig, og det første hun hører, er at hun er et tilfelle for rusbehandling. Hun skal kjenne innholdet i en henvisning og helst være med på å skrive den. Det naturlige første steget er tettere oppfølging hos deg og en samtale om hva hun selv ønsker." },
    { id = "alene_mi",
      text = "Utforsk med åpne spørsmål hva vinen gjør for henne og hva hun selv vil; tilby tettere oppfølging hos deg med ny time om to uker, og hjelp med søvn og stress",
      next = "samtykke",
      score = { samtale = 2, samarbeid = 1 },
      set = { plan = "tett", fortalt = true },
      add = { tillit = 1 },
      feedback = "Godt. Du møter henne uten å dømme, lar henne sette ord på egne grunner til å endre, og tilbyr et konkret tiltak i egen tjeneste med en fast dato (BTI nivå 1). Drikking etter at graviditeten er kjent, skal følges tett opp, og søvnvansker og stress er noe hun kan få hjelp med. Tidlig hjelp er mest verdt nå." },
    { id = "alene_trussel",
      text = "Si at hvis hun fortsetter å drikke, har du plikt til å melde fra til barnevernet – så hun forstår hvor alvorlig det er",
      next = "foerste_slutt",
      score = { samtale = -2, jus = -2 },
      set = { trussel = true, fortalt = true },
      add = { tillit = -3 },
      feedback = "Godt ment, men både feil og skadelig. Opplysningsplikten til barnevernet gjelder barn som er født, ikke fosteret. Trusler ødelegger tilliten hun nettopp viste deg, og gjør det mindre sannsynlig at hun forteller sannheten neste gang – eller møter opp i det hele tatt. Der loven gir en plikt før fødselen, går den til den kommunale helse- og omsorgstjenesten, og bare når rusbruken gjør det overveiende sannsynlig at barnet blir født med skade." },
  },
}

---------------------------------------------------------------------------
-- Scene 5b: alene_lukket (tilliten er brukt opp)
---------------------------------------------------------------------------

scene {
  id = "alene_lukket", title = "Alene med Hanna",
  text = function(s)
    return avsnitt(kristoffer_gaar(s),
      [[Du spør om vold, slik du gjør med alle: om noen har slått, truet eller
        styrt henne. Hanna rister på hodet. Så spør du hvordan det går med
        alkohol nå.]],
      "hanna: Det har jeg jo svart på. Det går fint.",
      [[Hun holder veska i fanget og ser mot døra. Samtalen kommer ikke
        videre.]])
  end,
  facilitator = [[
    Her har tidligere valg – preken, konfrontasjon eller skyld – fått følger:
    Hanna lukker seg.

    Spørsmål: Hvordan merker dere at en samtale har låst seg? Hvordan tar dere
    ansvar for egen del i det? Hva er forskjellen på å respektere et nei og å
    gi opp?
  ]],
  choices = {
    { id = "alene_lukket_reparer",
      text = "Si at det kanskje ble mye informasjon og mange spørsmål i dag, at temaet alltid er åpent, og tilby en ekstra time om to uker",
      next = "foerste_slutt",
      score = { samtale = 2 },
      set = { plan = "ekstra" },
      add = { tillit = 2 },
      feedback = "Godt. Å reparere en skjev start er ofte viktigere enn å få alle svarene i dag. Når du tar ansvar for tonen og holder døra åpen, øker sjansen for at hun kommer tilbake og forteller mer, og en ekstra time gir deg en ny anledning snart." },
    { id = "alene_lukket_press",
      text = "Spør en gang til, mer direkte: har hun drukket noe etter at hun ble gravid?",
      next = "foerste_slutt",
      score = { samtale = -1 },
      add = { tillit = -1 },
      feedback = "Når hun allerede har lukket seg, gir mer press mer motstand, og motstand i samtalen henger sammen med mindre endring. Hold heller døra åpen og gi henne en ny anledning." },
    { id = "alene_lukket_avslutt",
      text = "Ta svaret til etterretning, avslutt og sett opp vanlig neste kontroll",
      next = "foerste_slutt",
      score = { samtale = 0 },
      feedback = "Du respekterer svaret hennes, og det er riktig ikke å presse. Men du lar tonen fra tidligere i timen stå uimotsagt, og du har signaler som tilsier en tidligere time. Et kort «temaet er åpent, og du kan ringe meg» og en ekstra time koster lite." },
  },
}

---------------------------------------------------------------------------
-- Scene 6: samtykke
---------------------------------------------------------------------------

scene {
  id = "samtykke", title = "Hvem får vite?",
  text = [[
    Hanna sier ja til tettere oppfølging. Fastlegen hennes, Eirik Berg, deler
    svangerskapsomsorgen med deg. Kommunens rus- og psykisk helsetjeneste har
    også et lavterskeltilbud med samtaler om søvn, stress og alkohol.

    hanna: Finnes det noen jeg kan snakke med om søvnen? Og om stresset? Jeg
    vil ikke bare ligge og vri meg hver natt.

    hanna: Men hvem får vite om dette? Må Kristoffer få vite det?

    Det banker på døra. Kristoffer spør om dere er ferdige snart.
  ]],
  observe = { "vil_delta" },
  facilitator = [[
    Spørsmål: Hva må Hanna vite for at et samtykke skal være gyldig? Hva kan
    dere dele med fastlegen når hun ikke motsetter seg det, og hva krever
    samtykke? Hvordan svarer dere på «må Kristoffer få vite det?» Hva skriver
    dere i helsekortet, som partneren kan lese?
  ]],
  choices = {
    { id = "samtykke_hemmelig",
      text = "Lov henne at ingenting av dette går videre – ikke engang i journalen – så hun føler seg trygg",
      next = "kontroll_tett",
      score = { jus = -2 },
      set = { hemmelig = true },
      feedback = "Godt ment, men et løfte du ikke kan holde. Du har plikt til å journalføre, og du kan ikke love absolutt hemmelighold når loven i ytterste fall kan gi en opplysningsplikt. Løftet gjør det også vanskelig å samarbeide senere. Forklar heller hva taushetsplikten betyr, og hva hun selv bestemmer over." },
    { id = "samtykke_fortell_kristoffer",
      text = "Når Kristoffer kommer inn: fortell ham kort hva Hanna har sagt, så han kan støtte henne hjemme",
      next = "kontroll_tett",
      score = { jus = -2, samtale = -1 },
      set = { brudd = true },
      add = { tillit = -3 },
      feedback = "Godt ment, men et brudd på taushetsplikten. Kristoffer har ingen rett til å få vite hva Hanna har fortalt deg, og hun spurte nettopp om han måtte få vite det. Han er dessuten en del av det som gjør det vanskelig for henne. Partneren kan være en ressurs, men bare når hun selv vil det og bestemmer hva som sies." },
    { id = "samtykke_vent",
      text = "Avtal tettere kontroller hos deg, men vent med å involvere fastlegen og andre til dere ser hvordan det går",
      next = "kontroll_tett",
      score = { samarbeid = 1 },
      feedback = "Forsvarlig: tettere oppfølging i egen tjeneste er riktig nivå nå. Men hun ba selv om hjelp med søvn og stress, og fastlegen er allerede en del av svangerskapsomsorgen hennes. Å spørre om samtykke nå, mens hun er motivert, gir flere hender rundt henne." },
    { id = "samtykke_informert",
      text = "Forklar hva du vil dele, med hvem og hvorfor, at hun selv bestemmer hva Kristoffer får vite, og at hun kan trekke samtykket; skriv samtykket i journalen",
      next = "kontroll_tett",
      score = { jus = 2, samarbeid = 2 },
      set = { samtykke = true },
      add = { tillit = 1 },
      feedback = "Godt. Et gyldig samtykke er informert, frivillig og dokumentert: hun vet hva som deles, med hvem og hvorfor, og at hun kan trekke det tilbake. Kristoffer har ingen rett til helseopplysninger om henne; det er hennes valg. Med samtykket kan du samarbeide med fastlegen og tilbudet i kommunen, og hun eier planen." },
  },
}

---------------------------------------------------------------------------
-- Scene 7a: kontroll_tett (uke 12, tett oppfølging)
---------------------------------------------------------------------------

local HYTTA = [[
  Før du rekker å spørre, begynner hun selv.

  hanna: Jeg må si det med en gang. Vi var på hytta med vennene til Kristoffer
  i helgen. Alle drakk, og jeg tok to glass vin. Jeg ble så sur på meg selv
  etterpå.

  hanna: Ellers har jeg holdt meg unna. Men hva skjer når barnet kommer?
  Kristoffer drakk fra fredag til søndag.
]]

scene {
  id = "kontroll_tett", title = "Ny time i uke 12",
  on_enter = function(s) s.uke = 12 end,
  text = function(s)
    local inn
    if s.brudd then
      inn = [[Hanna er i uke {uke}. Hun kommer alene og setter seg ytterst på
        stolen. Kristoffer ble sint da du fortalte ham hva hun hadde sagt,
        forteller hun. «Han synes jeg har hengt ut oss begge.»]]
    elseif s.hemmelig then
      inn = [[Hanna er i uke {uke} og kommer alene, som dere avtalte. Du
        merker at løftet ditt fra sist binder deg: du lovet at ingenting skulle
        gå videre.]]
    elseif s.samtykke then
      inn = [[Hanna er i uke {uke} og kommer alene, som dere avtalte. Hun har
        hatt to samtaler om søvn i kommunens tilbud og sover litt bedre.]]
    else
      inn = [[Hanna er i uke {uke} og kommer alene, som dere avtalte. Hun sover
        fortsatt dårlig.]]
    end
    return avsnitt(inn, HYTTA)
  end,
  observe = { "aerlig", "hyttetur" },
  concern = 3,
  facilitator = [[
    Ekspertnivå 3: Ett tilbakefall i et drikkemiljø, hos en kvinne som ellers
    holder seg unna, selv forteller om det og tar imot hjelp. Partnerens
    drikking er en tydelig risiko. Fortsatt tett oppfølging med MI og en dato
    for evaluering er riktig, og å tilby henvisning og samarbeid med samtykke er
    et naturlig neste steg (grensen mot 4). 5 er helt feil her.

    Spørsmål: Hvordan reagerer dere på en sprekk uten å straffe ærligheten?
    Hvordan kan partneren få et tilbud uten at Hanna mister styringen? Når er
    det riktig å gå fra BTI nivå 1 til nivå 2?
  ]],
  choices = {
    { id = "kontroll_tett_fortsett",
      text = "Ros henne for at hun stort sett har klart det, og fortsett med kontrollene hos deg som før",
      next = "droefting",
      score = { samtale = 1 },
      feedback = "Rosen er riktig, men planen står stille. Sprekken skjedde i et miljø der partneren drikker mye, og det vil skje igjen. Hun spør selv hva som skjer når barnet kommer – en åpning for å tilby mer: samarbeid med andre tjenester og et tilbud til Kristoffer." },
    { id = "kontroll_tett_henvis",
      text = "Ros at hun forteller det, utforsk hva som gjorde helgen vanskelig, og tilby en henvisning til kommunens rus- og psykisk helsetjeneste som dere skriver sammen – og et tilbud til Kristoffer om en samtale om hans drikking, hvis hun ønsker det",
      next = "droefting",
      score = { samarbeid = 2, samtale = 1 },
      set = { henvist = true, samtykke = true },
      add = { tillit = 1 },
      feedback = "Godt. Du forsterker åpenheten i stedet for å straffe sprekken, og du løfter oppfølgingen et trinn: en henvisning hun selv er med på å skrive, og et tilbud som også når partneren. Partnerens drikking er en risikofaktor for henne nå og for barnet senere. Med samtykke blir dette samarbeid på BTI nivå 2." },
    { id = "kontroll_tett_kristoffer",
      text = "Be Hanna ta med Kristoffer neste gang, så du kan si til ham at han må slutte å drikke når hun er til stede",
      next = "droefting",
      score = { samtale = -1 },
      feedback = "Godt ment, men du tar styringen fra Hanna. Hun har ikke sagt hva hun vil, og du vet lite om hvordan Kristoffer reagerer – en irettesettelse fra jordmor kan gjøre det vanskeligere for henne hjemme. Et tilbud om samtale for ham, som hun selv bestemmer om hun vil formidle, er tryggere." },
    { id = "kontroll_tett_advarsel",
      text = "Si at en ny sprekk betyr at du må vurdere å melde fra til kommunen",
      next = "droefting",
      score = { jus = -2, samtale = -1 },
      set = { trussel = true },
      add = { tillit = -3 },
      feedback = "Feil terskel og feil virkemiddel. Opplysningsplikten til kommunen gjelder når det er grunn til å tro at rusbruken gjør det overveiende sannsynlig at barnet blir født med skade – ikke to glass på en hyttetur hos en kvinne som ellers holder seg unna og ber om hjelp. En slik advarsel lærer henne at ærlighet straffes." },
  },
}

---------------------------------------------------------------------------
-- Scene 7b: foerste_slutt (etter en første time uten plan)
---------------------------------------------------------------------------

scene {
  id = "foerste_slutt", title = "Etter timen",
  text = function(s)
    local hva = {}
    if s.vold_med_partner then
      hva[#hva + 1] = [[Hanna svarte nei på voldsspørsmålet. Kristoffer svarte
        nei samtidig med henne.]]
    end
    if s.trussel then
      hva[#hva + 1] = [[Etter at du nevnte barnevernet, svarte Hanna bare ja og
        nei. Hun ville ikke ha noen time før den vanlige kontrollen.]]
    elseif s.plan == "tsb" then
      hva[#hva + 1] = [[Du har sendt en henvisning til tverrfaglig spesialisert
        rusbehandling. Hanna sa ja, men sa nesten ingenting mer.]]
    elseif s.plan == "ekstra" then
      hva[#hva + 1] = "Hanna tok imot en ekstra time om to uker."
    elseif s.plan == "vanlig" then
      hva[#hva + 1] = "Hanna tok med seg brosjyren og sa at hun skulle lese den."
    end
    return avsnitt(
      [[Timen er over. Hanna og Kristoffer går ut sammen. Du blir sittende med
        journalen.]],
      hva[1], hva[2],
      "Neste vanlige kontroll står i kalenderen i uke 13.")
  end,
  facilitator = [[
    Spørsmål: Hva skriver dere i journalen etter en slik time – det dere så og
    hørte, eller tolkninger? Hvem kan dere drøfte med anonymt? Hva sier
    kommunens handlingsveileder om neste steg på BTI nivå 0? Hvorfor hører ikke
    sensitive opplysninger hjemme i helsekortet?
  ]],
  choices = {
    { id = "foerste_slutt_dokumenter",
      text = "Skriv konkret hva du så og hørte, drøft saken anonymt med en erfaren kollega, og ring Hanna for å tilby en tidligere time",
      next = "kontroll_sen",
      score = { samarbeid = 2 },
      set = { fulgt_opp = true },
      add = { tillit = 1 },
      feedback = "Godt. En undring skal bygge på konkrete, dokumenterte observasjoner, og anonym drøfting er innenfor taushetsplikten. En telefon med tilbud om tidligere time viser at du bryr deg, uten å presse. Slik står du ikke alene med bekymringen, og hun får en ny sjanse til å snakke." },
    { id = "foerste_slutt_journal",
      text = "Journalfør at levevanekartleggingen er gjort, og la neste kontroll stå som planlagt",
      next = "kontroll_sen",
      score = {},
      feedback = "Journalføring er nødvendig, men «kartlegging gjort» sier ikke hva du så og hørte. Uten konkrete notater og uten å drøfte det med noen står du alene med en uklar uro, og neste kontroll ligger flere uker fram." },
    { id = "foerste_slutt_helsekort",
      text = "Skriv bekymringen din i helsekortet, så fastlegen ser den ved neste time",
      next = "kontroll_sen",
      score = { jus = -2 },
      set = { helsekort = true },
      feedback = "Helsekortet følger Hanna og kan leses av partneren. Retningslinjen fraråder å skrive vold i helsekortet, og det samme hensynet gjelder andre sensitive opplysninger hun ikke vet om. Skriv i journalen, og vil du at fastlegen skal vite noe, snakk med Hanna om det og be om samtykke." },
  },
}

---------------------------------------------------------------------------
-- Scene 8: kontroll_sen (uke 16)
---------------------------------------------------------------------------

local UKE16 = [[
  Hun kommer alene denne gangen. Kristoffer kjører henne og venter i bilen.

  hanna: Han er så omtenksom. Han kjører meg overalt.

  Telefonen hennes plinger to ganger mens hun er hos deg. Hun leser og skriver
  raskt tilbake: «Snart ferdig.»

  Hun ser sliten ut. Når du spør hvordan hun sover, kommer det litt etter litt:
  Hun har drukket vin de fleste helgene, og noen kvelder i uka «for å koble
  av». Kristoffer drikker mer enn henne, sier hun.

  hanna: Vi har det jo bra. Vi har faste jobber begge to, og vi eier
  leiligheten. Det er ikke sånn at vi er noen rusmisbrukere.
]]

scene {
  id = "kontroll_sen", title = "Uke 16",
  on_enter = function(s) s.uke = 16 end,
  text = function(s)
    local inn = [[Hanna uteble fra kontrollen i uke 13 uten å gi beskjed. Nå er
      hun i uke {uke} og har fått ny time.]]
    local extra = nil
    if s.trussel then
      extra = [[Etter det du sa om barnevernet i første time, er hun på vakt.
        Da hun ringte for å få ny time, spurte hun om du hadde meldt henne.]]
    elseif s.plan == "tsb" then
      extra = [[Henvisningen til spesialisthelsetjenesten ga henne en time i
        uke 14, men hun møtte ikke. «Jeg er ikke en sånn som trenger
        rusbehandling,» sier hun.]]
    elseif s.plan == "ekstra" then
      extra = [[Hun kom til den ekstra timen i uke 11, men sa lite om seg selv.]]
    elseif s.fulgt_opp then
      extra = [[Da du ringte etter første time, takket hun for tilbudet, men ville
        vente til den vanlige kontrollen.]]
    end
    return avsnitt(inn, extra, UKE16)
  end,
  observe = { "uteblitt", "sms_bil", "stabil" },
  concern = 4,
  facilitator = [[
    Ekspertnivå 4: Jevnlig drikking langt ut i svangerskapet, en uteblitt
    kontroll, en partner som drikker mye og mulige tegn på kontroll. Det krever
    mer enn egen tjeneste: samtykke til samarbeid, tilbud om henvisning til
    pasientforløpet for gravide og rusmidler eller tverrfaglig spesialisert
    rusbehandling (BTI nivå 2–3), og å spørre om vold nå som hun er alene.
    Vurder fortløpende om vilkårene for opplysningsplikt til kommunen nærmer
    seg – men hun har ennå ikke fått tilbud om frivillig hjelp. 3 er for lavt;
    5 kan diskuteres hvis inntaket viser seg å være større enn hun sier.

    Spørsmål: Hvordan er dere tydelige på bekymringen uten å moralisere? Hva
    gjør dere med meldingene fra bilen? Hvordan skriver dere en henvisning
    sammen med henne?
  ]],
  choices = {
    { id = "kontroll_sen_brev",
      text = "Send en henvisning til tverrfaglig spesialisert rusbehandling etter timen, og gi henne beskjed i et brev",
      next = "droefting",
      score = { samarbeid = -1, jus = -1 },
      set = { henvist = true },
      add = { tillit = -1 },
      feedback = "Riktig retning, feil måte. Hun skal kjenne innholdet i henvisningen og helst være med på å skrive den; et brev i etterkant gjør henne til en sak og ikke en deltaker. Uten at hun er med, er det stor sjanse for at hun ikke møter." },
    { id = "kontroll_sen_skyld",
      text = "Si tydelig at hun nå setter barnet i fare, og at hun må ta ansvar",
      next = "droefting",
      score = { samtale = -2 },
      add = { tillit = -3 },
      feedback = "Konfrontasjon og skyld er det som oftest får gravide til å trekke seg unna. Hun har nettopp fortalt noe vanskelig, og svaret hun får, avgjør om hun forteller mer. Du kan være tydelig på anbefalingen og på bekymringen din uten å moralisere." },
    { id = "kontroll_sen_vent",
      text = "Gi henne informasjon om alkohol og graviditet, og sett opp neste kontroll om fire uker som planlagt",
      next = "droefting",
      score = { samarbeid = -1 },
      feedback = "For lite, for sent. Hun drikker jevnlig i uke 16, har uteblitt fra en kontroll og har en partner som drikker mye. Å vente fire nye uker med bare informasjon er å la signalene ligge; nå trengs tett oppfølging og et tilbud om henvisning." },
    { id = "kontroll_sen_forloep",
      text = "Takk for at hun forteller, spør om vold nå som hun er alene, og tilby tett oppfølging og henvisning til pasientforløpet for gravide og rusmidler – som dere skriver sammen – med samtykke til samarbeid med fastlegen",
      next = "droefting",
      score = { samtale = 2, samarbeid = 2, jus = 1 },
      set = { henvist = true, samtykke = true },
      add = { tillit = 2 },
      feedback = "Godt. Du møter henne uten å dømme, bruker at hun er alene til å spørre om vold – meldingene fra bilen er verdt å undre seg over – og løfter oppfølgingen til samarbeid. Vedvarende drikking i svangerskapet er grunn til å tilby pasientforløpet. Hun skal kjenne innholdet i henvisningen og gjerne skrive den sammen med deg, og samtykket gjelder navngitte tjenester." },
  },
}

---------------------------------------------------------------------------
-- Scene 9: droefting (hva loven gir før fødselen)
---------------------------------------------------------------------------

scene {
  id = "droefting", title = "Drøfting med leder og kollega",
  text = function(s)
    local status
    if s.henvist and s.samtykke then
      status = [[Du forteller at dere har en plan: tett oppfølging, og en
        henvisning som Hanna har vært med på å skrive.]]
    elseif s.henvist then
      status = [[Du forteller at en henvisning er sendt, men at Hanna ikke var
        med på å skrive den.]]
    elseif s.plan == "tett" then
      status = "Du forteller at du følger henne opp med tette kontroller."
    else
      status = "Du forteller at det ikke er lagt noen plan ennå."
    end
    return avsnitt(
      [[På det faste drøftingsmøtet tar du opp saken uten navn, med lederen
        Solveig og jordmorkollegaen Marte.]],
      status,
      [[marte: Hun drikker jo i svangerskapet. Burde vi ikke sende en
        bekymringsmelding til barnevernet med en gang? Barnet har ingen andre
        som passer på det.]],
      [[solveig: Hva sier egentlig loven før fødselen? Og hva er neste steg
        for dere?]])
  end,
  facilitator = [[
    Juridisk kjerne: Opplysningsplikten til barnevernet gjelder barn, ikke
    fosteret. Før fødselen har helsepersonell opplysningsplikt til den
    kommunale helse- og omsorgstjenesten når det er grunn til å tro at rusbruken
    gjør det overveiende sannsynlig at barnet blir født med skade
    (helsepersonelloven § 32 andre ledd). Tilbakeholdelse uten samtykke krever
    vedtak i nemnda og at frivillige tiltak ikke strekker til. Barnevernet kan
    kobles inn før fødselen med kvinnens samtykke, for eksempel for å planlegge
    støtte etter fødselen. Regelverket endres: sjekk gjeldende lovtekst.

    Spørsmål: Hva er forskjellen på pliktene før og etter fødselen? Hva må til
    for at plikten til kommunen inntrer? Hvorfor kommer frivillige tiltak
    først? Hva sier kommunens handlingsveileder om drøfting og evaluering?
  ]],
  choices = {
    { id = "droefting_barnevern",
      text = "Si deg enig, og send en bekymringsmelding til barnevernet i dag, for sikkerhets skyld",
      next = slutt, targets = SLUTTER,
      score = { jus = -2 },
      set = { barnevern = true },
      feedback = "Godt ment, men uten grunnlag. Opplysningsplikten til barnevernet gjelder ikke før barnet er født, og en melding med helseopplysninger om Hanna uten hennes samtykke bryter taushetsplikten. «For sikkerhets skyld» er ikke en konkret vurdering. Gravide som føler seg meldt, trekker seg ofte unna svangerskapsomsorgen – der hjelpen faktisk finnes." },
    { id = "droefting_melding32",
      text = "Foreslå å sende en melding til kommunens helse- og omsorgstjeneste nå, så kommunen kan vurdere tiltak uten samtykke",
      next = slutt, targets = SLUTTER,
      score = { jus = -1 },
      set = { melding32 = true },
      feedback = "Riktig adresse, men feil terskel og feil tidspunkt. Plikten gjelder når det er grunn til å tro at rusbruken gjør det overveiende sannsynlig at barnet blir født med skade, og tiltak uten samtykke kan bare brukes når frivillig hjelp ikke strekker til. Hanna har ennå ikke fått prøve frivillig hjelp. En for tidlig melding kan koste den relasjonen som er det beste vernet for barnet nå." },
    { id = "droefting_lov",
      text = "Forklar at opplysningsplikten til barnevernet gjelder barnet etter fødselen, at dere ikke gir barnevernet opplysninger om henne nå uten hennes samtykke, og at plikten før fødselen går til kommunens helse- og omsorgstjeneste ved alvorlig rusbruk – og at neste steg er frivillig hjelp med en fast dato for evaluering",
      next = slutt, targets = SLUTTER,
      score = { jus = 2, samarbeid = 1 },
      feedback = "Riktig. Opplysningsplikten til barnevernet gjelder barn, ikke fosteret. Før fødselen har helsepersonell opplysningsplikt til den kommunale helse- og omsorgstjenesten når det er grunn til å tro at rusbruken gjør det overveiende sannsynlig at barnet blir født med skade (helsepersonelloven § 32 andre ledd), og tilbakeholdelse uten samtykke kan bare vedtas når frivillig hjelp ikke strekker til. Neste steg er å følge planen og evaluere den på en fast dato. Barnevernet kan kobles inn før fødselen, men da med Hannas samtykke." },
    { id = "droefting_taus",
      text = "Si at taushetsplikten gjør at dere ikke kan drøfte saken eller gjøre noe mer, og at du fortsetter alene",
      next = slutt, targets = SLUTTER,
      score = { jus = -1, samarbeid = -1 },
      set = { alene_om_det = true },
      feedback = "Taushetsplikten hindrer ikke anonym drøfting med kolleger og leder, og den hindrer ikke samarbeid når Hanna samtykker. Å stå alene med bekymringen er en av de vanligste grunnene til at ansatte ikke handler. Bruk leder og kolleger, og kjenn kommunens rutiner." },
  },
}

---------------------------------------------------------------------------
-- Avslutninger
---------------------------------------------------------------------------

ending {
  id = "god_start", title = "Et godt grunnlag", outcome = "good",
  text = function(s)
    local bryllup
    if s.feil_info then
      bryllup = [[I bryllupet i juli er hun fristet til å ta et glass, fordi
        hun husker at du sa at ett glass var greit. Hun lar være – dere tok det
        opp igjen i uke 20, og du rettet det du hadde sagt.]]
    else
      bryllup = "I bryllupet i juli skåler Hanna i alkoholfri musserende."
    end
    local alene = nil
    if s.alene_om_det then
      alene = [[Du bar saken mye alene. Neste gang tar du den med på
        drøftingsmøtet tidligere.]]
    end
    return avsnitt(
      [[Hanna går til samtaler i kommunens rus- og psykisk helsetjeneste
        gjennom resten av svangerskapet, og hun kommer til alle kontrollene.
        Hun sover bedre. Kristoffer tar imot en samtale om egen drikking etter
        at Hanna selv har spurt ham; han drikker mindre, men ikke alltid.]],
      bryllup,
      [[I uke 36 lager dere sammen en plan for overgangen til helsestasjonen
        etter fødselen, og Hanna samtykker til at helsesykepleieren får den.
        Hun sier at det var samtalen alene i første time som gjorde at hun
        turte å si noe.]],
      alene)
  end,
}

ending {
  id = "sen_hjelp", title = "Hjelp – men senere enn den kunne kommet",
  outcome = "mixed",
  text = function(s)
    if s.plan == "tett" and s.trussel then
      return avsnitt(
        [[Hanna kommer til kontrollene, men tilliten er ikke den samme etter
          advarselen i uke 12. Hun forteller mindre enn før, og du vet ikke
          lenger hvordan helgene går.]],
        [[Hun klarer seg stort sett, men en relasjon der ærlighet ble møtt med
          en advarsel, er vanskelig å bygge videre på. Kristoffers drikking blir
          aldri tatt opp.]])
    end
    if s.plan == "tett" then
      return avsnitt(
        [[Hanna holder seg stort sett unna alkohol og kommer til kontrollene.
          Men helgene med Kristoffers venner blir ved å være vanskelige, og hun
          drikker noen ganger til. Kristoffer får ikke noe tilbud om hjelp med
          sin egen drikking før barnet er født.]],
        [[Etter fødselen møter helsestasjonen en familie der faren drikker mye
          og mor er sliten – bekymringer som kunne vært møtt tidligere, med
          tilbud til begge.]])
    end
    return avsnitt(
      [[Fra uke 16 får Hanna tettere oppfølging, og henvisningen gir henne hjelp
        fra spesialisthelsetjenesten. Hun drikker mindre og slutter etter
        hvert.]],
      [[Men hun drakk jevnlig gjennom store deler av første halvdel av
        svangerskapet – nettopp den tiden da det var mulig å hjelpe tidligere.]],
      foerste_signaler(s))
  end,
}

ending {
  id = "trakk_seg", title = "Hanna trekker seg unna", outcome = "poor",
  text = function(s)
    local hva
    if s.barnevern then
      hva = [[Barnevernet tar kontakt med Hanna for å høre om hun ønsker hjelp.
        Hun skjønner at det er du som har meldt, og hun blir redd og sint:
        «Jeg fortalte deg det i tillit.»]]
    elseif s.melding32 and (s.henvist or s.plan == "tett") then
      hva = [[Kommunen vurderer meldingen og konkluderer med at frivillige
        tiltak må prøves først. Men Hanna får vite at hun er meldt – like etter
        at hun sa ja til hjelp hos deg. «Så det var det du egentlig ville.»]]
    elseif s.melding32 then
      hva = [[Kommunen vurderer meldingen og konkluderer med at frivillige
        tiltak må prøves først. Men Hanna får vite at hun er meldt, før noen
        har tilbudt henne hjelp.]]
    elseif s.brudd then
      hva = [[Hanna kom til timen i uke 12, men krangelen hjemme etter at
        Kristoffer fikk vite hva hun hadde fortalt deg, gikk ikke over. Hun har
        lært at det hun sier til deg, ikke blir mellom dere.]]
    else
      hva = [[Hanna har opplevd å bli mistrodd og dømt hos deg. Hun har lært
        at det ikke lønner seg å være ærlig om alkohol.]]
    end
    local videre
    if s.henvist then
      videre = [[Hun avbestiller de neste kontrollene, møter ikke til timene hun
        er henvist til, og går bare til ultralyd hos en privat klinikk. Ingen
        følger opp drikkingen, og ingen har lenger kontakt med henne om den.]]
    else
      videre = [[Hun avbestiller de neste kontrollene og går bare til ultralyd
        hos en privat klinikk. Ingen følger opp drikkingen, og ingen har
        lenger kontakt med henne om den.]]
    end
    return avsnitt(hva, videre,
      [[Bekymringen for barnet er ikke mindre enn før – men nå er det ingen
        som kan hjelpe henne med den.]])
  end,
}

ending {
  id = "uavklart", title = "Signalene ble liggende", outcome = "poor",
  text = function(s)
    local ekstra = nil
    if s.helsekort then
      ekstra = [[Kristoffer leste det du hadde skrevet i helsekortet. Hanna
        nevnte det aldri for deg, men hun ble mer forsiktig med hva hun sa.]]
    end
    return avsnitt(
      [[Hanna kommer til noen av kontrollene, men drikker fortsatt i helgene og
        noen kvelder i uka. Kristoffer kjører henne og venter i bilen.]],
      ekstra,
      [[Først i uke 30 forteller hun en vikar at hun ikke klarer å slutte. Da
        er det gått 21 uker siden første konsultasjon.]],
      foerste_signaler(s),
      s.fortalt and [[Det manglet ikke på kunnskap. Det manglet på tett
        oppfølging, samarbeid og en plan da hun først fortalte.]]
        or [[Det manglet ikke på tegn. Det manglet på at noen satte dem
        sammen, snakket med henne alene og handlet.]])
  end,
}
