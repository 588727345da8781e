-- Blikk – innebygd case: «Sander, 16 – tatt med hasj»
--
-- Målgruppe: ungdom og cannabis (domenebriefen del 3, med 1.3 SLT/TIUR,
-- 1.7 taushetsplikt/samtykke/opplysningsplikt og forbeholdene 7.1 og 7.10).
-- Alle tekster er skrevet for Blikk; ingen setninger er kopiert fra kildene.
--
-- Stier i grove trekk (scene-id-er):
--   kari_kommer -> samtale_sander -> sander_forteller -> moete_mor -> politiet_ringer
--     -> bekymringssamtalen -> seks_uker -> oppfolging_bra -> god | for_tidlig | darlig
--   Avstikkere: barnevernet_ringer (melding for tidlig), kari_igjen (vente og se),
--   hold avstand til politiet. Brutt tillit, blandede roller eller venting fører
--   fra seks_uker til eskalering -> etter_melding -> meldt_sent, eller til darlig.

local function tekst(avsnitt)
  return table.concat(avsnitt, "\n\n")
end

scenario {
  id = "ungdom-cannabis",
  title = "Sander, 16 – tatt med hasj",
  summary = "Politiet har stoppet en 16-åring med hasj i parken. Som helsesykepleier på skolen skal du vurdere hvor bekymret du er, snakke med ham og moren, samarbeide med politi og kommune – og vite når barnevernet skal inn, og når det ikke skal det.",
  role = "Du er helsesykepleier i skolehelsetjenesten på Lia videregående skole i Fjordvik kommune. Du har kontor på skolen tre dager i uka og kveldsvakter på helsestasjon for ungdom.",
  language = "nb",
  version = 1,
  audience = {
    "Helsesykepleiere i skolehelsetjenesten og på helsestasjon for ungdom",
    "Lærere og rådgivere i videregående skole",
    "Politiets forebyggende enhet",
    "SLT-koordinatorer, ungdomskontakter og uteteam",
    "Ansatte i barnevernstjenesten",
    "Ansatte i kommunal rus- og psykisk helsetjeneste",
  },
  minutes = 25,
  objectives = {
    "Skille tegn, risikofaktorer, beskyttelsesfaktorer og nøytrale detaljer hos en ungdom som er tatt med cannabis – og kjenne igjen fellene som ser beroligende ut",
    "Åpne en samtale med en 16-åring med tydelige rammer for taushetsplikten, uten avhør og uten å love hemmelighold",
    "Involvere foreldrene sammen med ungdommen, ikke bak ryggen hans, og bygge samarbeid med politi og SLT på informert samtykke",
    "Holde hjelperrollen og kontrollørrollen atskilt",
    "Vurdere når opplysningsplikten til barnevernet er utløst – og når kontakt med barnevernet krever samtykke",
  },
  competencies = {
    { id = "signaler", name = "Se og vurdere signaler" },
    { id = "samtale", name = "Samtale med ungdom og foreldre" },
    { id = "samarbeid", name = "Egen rolle og samarbeid" },
    { id = "jus", name = "Taushetsplikt, samtykke og opplysningsplikt" },
  },
  start = "kari_kommer",
  state = {
    tillit = 0,            -- Sanders tillit til deg
    fravaer = 11,          -- fraværstimer siden høstferien
    kom_via = "kari",      -- hvordan Sander kom til første samtale: kari / hentet / mor
    vent = false,          -- du ventet etter første møte med Kari
    ventet_igjen = false,  -- du ventet også andre gang
    utsatt_til_mote = false,-- du ville vente til det tverrfaglige møtet
    meldt_tidlig = false,  -- melding til barnevernet etter én episode
    familien_borte = false,-- familien trakk seg etter den tidlige meldingen
    lovet_hemmelig = false,
    mor_med = false,       -- Hilde er involvert av deg
    bak_ryggen = false,    -- du ringte Hilde uten å si det til Sander
    samtykke = false,      -- skriftlig samtykke til samarbeid med politi/SLT
    sovn_hjelp = false,    -- søvnvanskene følges opp hos fastlegen
    deltar = false,        -- du deltar i bekymringssamtalen
    brudd = false,         -- du delte helseopplysninger uten samtykke
    roller_blandet = false,-- du tar rusprøvene selv
    kontroll = false,      -- streng prøveavtale uten støtte
    forsinket = false,     -- meldingen ble utsatt for anonym drøfting
    fraskrevet = false,    -- du la ansvaret for meldingen på lederen
    trukket = false,       -- du trakk deg ut etter meldingen
    nora_glipp = false,    -- du fortalte politiet om glippen
  },
  debrief = {
    "Én episode med cannabis er et signal om å undre seg og snakke med ungdommen – raskt. Det er ikke automatisk en sak for barnevernet, og det er heller ikke noe å vente og se på.",
    "Se tegnene samlet, og hold risiko, beskyttelse og nøytrale detaljer adskilt. «Flink elev» og «bare sliten av trening» er feller når de brukes til å forklare bort flere tegn på én gang.",
    "Avklar rammene for taushetsplikten i starten av samtalen. Lov aldri fullt hemmelighold – det løftet kan du ikke holde.",
    "En 16-åring er helserettslig myndig, men foreldrene har krav på det de trenger for å utøve foreldreansvaret. Involver dem sammen med ungdommen, ikke bak ryggen hans.",
    "Samarbeid med politiet og SLT bygger på samtykke som er informert, frivillig, dokumentert og kan trekkes. Samtykket rekker bare så langt det er gitt.",
    "Hold hjelper og kontrollør atskilt. Den voksne som ungdommen skal kunne fortelle om en glipp til, bør ikke være den som tar rusprøvene.",
    "Opplysningsplikten til barnevernet er personlig og går foran taushetsplikten når det er grunn til å tro at ungdommen har alvorlige atferdsvansker, som vedvarende misbruk av rusmidler. Under terskelen krever kontakt med barnevernet samtykke fra foreldrene og fra ungdommen selv når han er over 15.",
    "Regelverket for rusreaksjoner overfor unge er i endring. Sjekk hva som gjelder i dag før dere bruker detaljer om prøver og vilkår som fasit.",
  },
  references = {
    "Helsedirektoratet (2019): Nasjonal faglig retningslinje for tidlig oppdagelse av utsatte barn og unge (IS-2826). Erstattet veilederen «Fra bekymring til handling» (IS-1742, 2009). https://www.helsedirektoratet.no/retningslinjer/tidlig-oppdagelse-av-utsatte-barn-og-unge",
    "Helsedirektoratet: Nasjonal faglig retningslinje for helsestasjons- og skolehelsetjenesten – fellesdel om opplysningsplikt. https://www.helsedirektoratet.no/retningslinjer/helsestasjons-og-skolehelsetjenesten",
    "Helsedirektoratet: Helsepersonelloven med kommentarer, § 33 Opplysningsplikt til barnevernet. https://www.helsedirektoratet.no/rundskriv/helsepersonelloven-med-kommentarer",
    "Barnevernsloven (2021) § 13-2 om opplysningsplikt til barnevernstjenesten, og Regjeringen: Taushetsplikt, opplysningsrett og opplysningsplikt i forvaltningen – en veileder. https://www.regjeringen.no/no/dokumenter/taushetsplikt-opplysningsrett-og-opplysningsplikt-i-forvaltningen-en-veileder/id2963083/",
    "Helsedirektoratet: Pasient- og brukerrettighetsloven med kommentarer – hvem som har samtykkekompetanse. https://www.helsedirektoratet.no/rundskriv/pasient-og-brukerrettighetsloven-med-kommentarer",
    "Konfliktrådet: SLT-modellen. https://konfliktraadet.no/slt-modellen/",
    "Veiviseren: Tidlig intervensjon – unge og rus (TIUR), Ringsaker kommune. https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/tidlig-intervensjon-unge-og-rus-tiur",
    "Helsedirektoratet: Rådgivende enhet for russaker. https://www.helsedirektoratet.no/tema/rus-og-avhengighet/radgivende-enhet-for-russaker",
    "Ung.no: Bekymringssamtale. https://www.ung.no/kriminalitet/122_Bekymringssamtale.html – og Utveier: Bekymringssamtalen, et av politiets forebyggingsverktøy. https://utveier.no/veien-inn/bekymringssamtalen-et-av-politiets-forebyggingsverktoy/",
    "RUSinfo: Tegn og symptomer på bruk av cannabis, og Snakk om cannabis før det blir et problem. https://rusinfo.no/fakta-om-rusmidler/fakta-om-cannabis/tegn-symptomer-pa-bruk-cannabis/",
    "Helsedirektoratet: Motiverende intervju som metode. https://www.helsedirektoratet.no/tema/motiverende-intervju-mi/motiverende-intervju-som-metode",
    "Folkehelseinstituttet: Cann2021 – cannabisbruk blant elever i videregående skole, omtalt hos NHI. https://nhi.no/psykisk-helse/rus-og-avhengighet/hvor-mange-unge-bruker-cannabis/",
  },
  authors = { "Blikk-prosjektet" },
}

-- ---------------------------------------------------------------------------
-- Personer

character { id = "sander", name = "Sander (16)",
  description = "Elev på VG1 elektro. Bor med mora og en lillesøster." }
character { id = "kari", name = "Kari Moen",
  description = "Kontaktlærer for Sanders klasse." }
character { id = "hilde", name = "Hilde (44)",
  description = "Sanders mor." }
character { id = "nora", name = "Nora Hauge",
  description = "Politibetjent i forebyggende enhet." }
character { id = "janerik", name = "Jan Erik Vik",
  description = "SLT-koordinator i Fjordvik kommune." }

-- ---------------------------------------------------------------------------
-- Observasjoner

-- kari_kommer
observation { id = "tatt_med_hasj", kind = "risk",
  text = "Politiet stoppet ham med hasj lørdag kveld",
  explain = "Én episode er ikke det samme som et rusproblem, men det er en konkret, observert hendelse og en god grunn til å ta kontakt. Les den sammen med de andre tegnene, ikke alene." }
observation { id = "fravaer", kind = "risk", weight = 2,
  text = "Fraværet har økt kraftig siden høstferien, mest i første time",
  explain = "Et tydelig brudd i et mønster – fra nesten ikke fravær til mange timer, mest om morgenen – er et av de viktigste tidlige tegnene i skolen. Det er konkret og kan dokumenteres med datoer." }
observation { id = "sluttet_fotball", kind = "risk",
  text = "Sluttet på fotballaget i september",
  explain = "Å slutte med en aktivitet han har vært glad i, er en endring i atferd, og han mister samtidig en arena med faste voksne og venner som beskytter. Alene kan det ha mange forklaringer; sammen med de andre tegnene teller det." }
observation { id = "blatt_haar", kind = "neutral",
  text = "Har farget håret blått",
  explain = "Nøytral. Ny stil, nytt hår og ny musikksmak hører ungdomstiden til og forveksles lett med tegn på rus. Det sier ingenting om cannabisbruk." }
observation { id = "flink_elev", kind = "risk", weight = 2,
  text = "«Så flink at det sikkert var en engangsgreie»",
  explain = "Felle. God fungering på skolen er i seg selv en beskyttelsesfaktor, men her brukes «flink elev» til å forklare bort flere tegn på én gang. Cannabisbruk finnes også blant ressurssterke unge – Ung i Oslo fant høyest bruk i Oslo vest – og gode karakterer kan gjøre at voksne ser for sent." }
observation { id = "stoler_paa_kari", kind = "protective",
  text = "Blir ofte igjen etter timene og prater med Kari",
  explain = "En stabil voksen han selv søker til, er en viktig beskyttelsesfaktor – og en naturlig vei inn til en samtale." }

-- barnevernet_ringer
observation { id = "mor_sint", kind = "neutral",
  text = "Hilde er sint på deg for meldingen",
  explain = "Nøytral. Sinne og skam er vanlige reaksjoner når en familie får vite om en bekymringsmelding, særlig når ingen har snakket med dem først. Det sier ingenting om omsorgen hjemme og er ikke et tegn på at noe skjules." }

-- kari_igjen
observation { id = "sover_i_timen", kind = "risk",
  text = "Har sovnet i timen tre ganger på to uker",
  explain = "Trøtthet alene er vanlig hos ungdom. Men gjentatt søvn i timene, skrevet ned med datoer og sammen med økende fravær og en politisak, passer med lite energi og snudd døgnrytme ved regelmessig bruk." }
observation { id = "kjaereste", kind = "neutral",
  text = "Har fått kjæreste i parallellklassen",
  explain = "Nøytral. En ny kjæreste er vanlig ungdomsliv. Det er verken et tegn på rus eller en god forklaring på de andre tegnene." }

-- samtale_sander
observation { id = "roede_oyne", kind = "neutral",
  text = "Røde øyne rett etter svømming i kroppsøving",
  explain = "Nøytral her. Røde øyne kan være et tegn på å være påvirket, men klor fra svømmehallen er en like god forklaring. Ikke bygg bekymringen på det, og ikke la det avspore samtalen." }
observation { id = "alle_royker", kind = "neutral",
  text = "Sier at «alle på skolen røyker»",
  explain = "Nøytral. Dette er en kjent misoppfatning: i Cann2021 hadde 85 % av elevene i videregående ikke brukt cannabis siste år. Det sier ikke noe om hans egen bruk, men er et godt utgangspunkt for å gi riktig informasjon – når han er klar for det." }

-- sander_forteller
observation { id = "kvern", kind = "risk",
  text = "Politiet fant også kvern og rullepapir",
  explain = "Brukerutstyr tyder på at det ikke var første gang, og peker mot mer regelmessig bruk enn en enkelt utprøving." }
observation { id = "sovn", kind = "risk", weight = 2,
  text = "Røyker flere kvelder i uka for å få sove",
  explain = "Bruk flere kvelder i uka er regelmessig bruk. At han bruker cannabis for å dempe søvnvansker og uro, kan tyde på psykiske plager bak bruken – rus og psykiske vansker følger ofte hverandre, og søvnen må følges opp for seg." }
observation { id = "grunner", kind = "protective",
  text = "«Det verste var å se mamma lei seg»",
  explain = "Hensynet til foreldrene er en av de vanligste grunnene unge selv gir for å la være. Hans egne grunner er det beste håndtaket i en motiverende samtale." }
observation { id = "framtid", kind = "protective",
  text = "Vil bli elektriker og har snakket med et firma om læreplass",
  explain = "Positive tanker om framtiden og et konkret mål beskytter, og gir dere noe å snakke om som er hans, ikke de voksnes." }

-- moete_mor
observation { id = "mor_regler", kind = "protective",
  text = "Hilde hentet ham selv og har innført faste avtaler hjemme",
  explain = "En engasjert forelder med klare regler og forventninger, og med varme, er en av de sterkeste beskyttelsesfaktorene for ungdom." }
observation { id = "bare_sliten", kind = "risk", weight = 2,
  text = "Hilde forklarer trøttheten med fotballtrening",
  explain = "Felle. Foreldres beroligende forklaringer er lette å ta imot, men her forklarer de bort flere tegn på én gang – og forklaringen stemmer ikke engang, for han sluttet på fotballen i september. Forklaringen i seg selv viser at Hilde ikke har hatt hele bildet." }
observation { id = "laast_dor", kind = "neutral",
  text = "Sitter på rommet med døra låst",
  explain = "Nøytral. Å ville ha privatliv og være mye på rommet er vanlig i ungdomstiden og forveksles lett med tegn på rus." }
observation { id = "penger", kind = "risk",
  text = "Penger har forsvunnet fra Hildes lommebok, med lange forklaringer",
  explain = "Økt behov for penger og innviklede forklaringer om penger og hvor han har vært, er kjente tegn ved regelmessig bruk." }
observation { id = "bror", kind = "risk",
  text = "Storebroren slet med hasj da han var 17",
  explain = "Rus hos søsken er en risikofaktor: den øker sannsynligheten, men er ikke et tegn på at Sander bruker. Merk at broren har det bra i dag – han kan også være en ressurs." }

-- bekymringssamtalen
observation { id = "eldre_kompiser", kind = "risk",
  text = "Var sammen med to eldre gutter politiet kjenner fra narkotikasaker",
  explain = "Venner som bruker eller selger rusmidler er en risikofaktor, særlig når de er eldre og har tilgang. Det øker også faren for at han blir dratt inn i salg." }
observation { id = "elias", kind = "protective",
  text = "Bestekameraten Elias vil ha ham med på fotballen igjen",
  explain = "Positive venner og en vei tilbake til en aktivitet han har mestret, beskytter. Dette er noe planen kan bygge på." }

-- oppfolging_bra
observation { id = "fravaer_ned", kind = "protective",
  text = "Fraværet er nede i to timer siden forrige møte",
  explain = "God fungering på skolen beskytter, og her er det en endring som kan måles. Framgang skal anerkjennes og synliggjøres for ham." }
observation { id = "glipp", kind = "risk",
  text = "Røykte på en fest for to uker siden",
  explain = "En glipp er et signal som skal følges opp. Samtidig er glipper vanlige i endring; de skal utforskes, ikke straffes." }
observation { id = "aapen", kind = "protective",
  text = "Forteller selv om glippen før noen andre gjør det",
  explain = "At han selv forteller, viser at relasjonen tåler sannheten. Åpenhet mot voksne han stoler på er en av de viktigste ressursene i oppfølgingen." }
observation { id = "haar_tilbake", kind = "neutral",
  text = "Har farget håret brunt igjen",
  explain = "Nøytral. Utseende sier ingenting om bruk – verken da håret ble blått, eller nå når det er brunt." }

-- eskalering
observation { id = "skulker", kind = "risk",
  text = "Har vært på skolen to dager de siste tre ukene",
  explain = "Nesten fullt fravær over flere uker er et alvorlig tegn på at han er i ferd med å falle ut av skolen." }
observation { id = "selger", kind = "risk", weight = 2,
  text = "Skal ha tilbudt en yngre elev å kjøpe hasj",
  explain = "Opplysninger om salg til yngre elever peker mot alvorlige atferdsvansker og mulig gjentatt kriminalitet. Det trenger ikke være bevist: «grunn til å tro» er nok til å vurdere opplysningsplikten." }
observation { id = "daglig", kind = "risk", weight = 2,
  text = "Røyker hver dag og sover til langt på ettermiddagen",
  explain = "Daglig bruk over tid og snudd døgnrytme er tegn på vedvarende misbruk – et av forholdene som utløser opplysningsplikten til barnevernet." }

-- etter_melding
observation { id = "hilde_lettet", kind = "protective",
  text = "Hilde er lettet og vil ha hjelp",
  explain = "En forelder som vil samarbeide, er en ressurs for barnevernet og de andre tjenestene. Lettelsen viser også hvor alene hun har stått med det." }
observation { id = "vil_tilbake", kind = "protective",
  text = "Sander vil ikke miste plassen på elektro",
  explain = "Et eget mål som fortsatt betyr noe for ham, er et håndtak for motivasjon – også etter en melding." }

-- ---------------------------------------------------------------------------
-- Scener

scene {
  id = "kari_kommer", title = "Mandag morgen",
  text = tekst {
    "Det er en mandag i november. Før første time banker kontaktlærer Kari Moen på døra til helserommet og lukker den bak seg.",
    "kari: Har du fem minutter? Det gjelder Sander i VG1 elektro. Mora hans, Hilde, ringte meg i går. Politiet stoppet ham i parken ved torget lørdag kveld, og han hadde hasj på seg. Hilde ba meg snakke med deg, og hun har sagt til Sander at hun har ringt skolen.",
    "kari: Jeg har tenkt på ham hele kvelden. Etter høstferien har han fått {fravaer} fraværstimer på fem uker, nesten alle i første time. Før hadde han knapt en time fravær.",
    "kari: Og han sluttet på fotballaget i september. Han som snakket om trening hele tida.",
    "kari: Ellers har han farget håret blått, men det har jo halve klassen gjort.",
    "kari: Samtidig er han så flink. Han var blant de beste på ungdomsskolen og leverer fortsatt alt. Kanskje det bare var en engangsgreie?",
    "kari: Han blir ofte igjen etter timene og prater med meg om motorsykler. Jeg tror han stoler på meg.",
    "Kari har ikke snakket med Sander om helgen ennå. Hun spør hva dere bør gjøre nå.",
  },
  observe = { "tatt_med_hasj", "fravaer", "sluttet_fotball", "blatt_haar", "flink_elev", "stoler_paa_kari" },
  concern = 3,
  facilitator = tekst {
    "Ekspertnivå 3 («Noe bekymring»: tiltak i egen tjeneste, BTI nivå 1). Det er ikke 2 («Undring»), for her er det mer enn én løs detalj: en konkret hendelse med politiet, et tydelig brudd i fraværsmønsteret og en aktivitet han har sluttet med, alt siden høsten. Det er ikke 4 eller 5, for ingen har snakket med Sander ennå, og vi vet ingenting om omfanget av bruken. Én episode utløser ikke opplysningsplikt. Neste skritt er en samtale i egen tjeneste, og den bør komme raskt.",
    "Spørsmål til gruppa: Hva har Kari observert, og hva er tolkninger? Hvilke opplysninger ville dere skrevet ned, med dato? Kari har Hildes samtykke til å snakke med dere – hva kunne dere gjort om hun ikke hadde det (anonym drøfting)? Hvem i deres kommune får vite om en slik hendelse, og hvor raskt?",
  },
  choices = {
    { id = "avtal_samtale",
      text = "Be Kari spørre Sander i dag om han vil komme innom deg i lunsjen, og be henne skrive ned datoene for fraværet",
      next = "samtale_sander",
      score = { signaler = 2, samtale = 1, samarbeid = 1 },
      add = { tillit = 1 }, set = { kom_via = "kari" },
      feedback = "Godt valg. Du reagerer raskt – en av suksessfaktorene i TIUR – uten å avhøre ham eller henge ham ut. Invitasjonen kommer fra en voksen han allerede stoler på, og han kan si nei. At Kari skriver ned datoer, gjør bekymringen konkret og etterprøvbar, slik retningslinjen for tidlig oppdagelse ber om: observer, dokumenter og snakk med ungdommen." },
    { id = "hent_fra_timen",
      text = "Gå til klasserommet nå og be Sander bli med deg ut, så det ikke går en dag til",
      next = "samtale_sander",
      score = { signaler = 1, samtale = -1 },
      add = { tillit = -1 }, set = { kom_via = "hentet" },
      feedback = "Rask reaksjon er riktig, men formen slår feil. Å bli hentet ut av timen foran klassen gjør episoden kjent for alle og føles som å bli kalt inn på teppet. Du har heller ikke rukket å forberede deg. Bedre: la en voksen han stoler på, invitere ham samme dag, til et tidspunkt som ikke vekker oppsikt." },
    { id = "meld_straks",
      text = "Send bekymringsmelding til barnevernet i dag – det gjelder narkotika og en gutt under 18",
      next = "barnevernet_ringer",
      score = { jus = -2, samarbeid = -1 },
      add = { tillit = -2 }, set = { meldt_tidlig = true },
      feedback = "Velment, men feil nå. Opplysningsplikten til barnevernet gjelder når det er grunn til å tro at et barn har alvorlige atferdsvansker, for eksempel vedvarende misbruk av rusmidler. Én episode og økt fravær er ikke det, og rutinemessige meldinger uten en konkret vurdering er ikke i tråd med loven. Under terskelen kan barnevernet bare kontaktes med samtykke fra foreldrene og fra Sander selv, siden han er over 15. Du hopper også over samtalen med ham. Er du usikker, kan du drøfte saken anonymt med barnevernet." },
    { id = "vent_og_se",
      text = "Be Kari følge med og si fra hvis fraværet fortsetter – politiet har jo allerede saken",
      next = "kari_igjen",
      score = { signaler = -2, samarbeid = -1 },
      set = { vent = true }, add = { fravaer = 15 },
      feedback = "Dette er den vanligste feilen: å vente til det «blir et problem». Flere tegn peker samme vei, og du har en naturlig grunn til å ta kontakt nå. At politiet har saken, betyr ikke at noen følger opp helse, søvn og skole – det er din rolle. Erfaringen fra TIUR er nettopp at hjelpetjenestene kom for sent inn når de ventet." },
  },
}

scene {
  id = "barnevernet_ringer", title = "To dager senere",
  text = tekst {
    "Onsdag ringer en saksbehandler fra barnevernstjenesten. De har fått meldingen din og skal gå gjennom den innen en uke. Hun spør hva du har snakket med Sander og foreldrene om. Du må svare at du ikke har snakket med noen av dem.",
    "En time senere ringer Hilde, Sanders mor.",
    "hilde: Barnevernet? For én gang i parken? Vi satt på politistasjonen halve lørdagsnatta, og nå skal vi granskes i tillegg. Hvorfor snakket du ikke med oss først?",
    "hilde: Sander sier at han aldri skal sette sin fot på helserommet igjen.",
  },
  observe = { "mor_sint" },
  facilitator = tekst {
    "Her ser gruppa følgene av en melding uten samtale først. Meldingen kan ikke trekkes tilbake – barnevernet har plikt til å vurdere den – men relasjonen kan repareres.",
    "Spørsmål til gruppa: Hva kunne vært gjort i stedet mandag morgen? Når krever kontakt med barnevernet samtykke, og fra hvem? Hva betyr en melding for familien – og hva betyr den ikke? Hvordan tar dere ansvar for en feil overfor en familie?",
  },
  choices = {
    { id = "reparer",
      text = "Ring Hilde tilbake, si at du burde snakket med dem først, forklar hva som skjer med meldingen, og spør om Sander vil komme til en samtale",
      next = "samtale_sander",
      score = { samtale = 2, jus = 1 },
      add = { tillit = 2 }, set = { kom_via = "mor" },
      feedback = "Godt. Å innrømme en feil åpent er den beste veien tilbake til tillit. Familien har krav på å vite hva en melding betyr: barnevernet skal gå gjennom den innen en uke, og en melding er ikke det samme som en undersøkelse eller et vedtak. Samtidig får du i gang samtalen som burde kommet først." },
    { id = "forsvar",
      text = "Forklar Hilde at du har plikt til å melde alt som gjelder narkotika hos mindreårige, og at barnevernet tar det derfra",
      next = "seks_uker",
      score = { jus = -2, samtale = -1 },
      set = { familien_borte = true },
      feedback = "Dette stemmer ikke, og det gjør vondt verre. Det finnes ingen plikt til å melde all narkotikabruk hos mindreårige. Plikten gjelder alvorlige forhold, som vedvarende misbruk, og krever en konkret vurdering. Når du skyver ansvaret over på loven og barnevernet, mister du familien, og ingen følger opp det som faktisk bekymret deg." },
    { id = "overlat",
      text = "Si at saken ligger hos barnevernet nå, og hold deg unna så du ikke forstyrrer arbeidet deres",
      next = "seks_uker",
      score = { samarbeid = -2 },
      set = { familien_borte = true },
      feedback = "Barnevernet overtar ikke ditt ansvar. Skolehelsetjenesten kan og bør tilby Sander samtaler, uansett hva barnevernet gjør. Når du trekker deg, står familien igjen med en melding og ingen hjelper de kjenner." },
  },
}

scene {
  id = "kari_igjen", title = "Tre uker senere",
  text = tekst {
    "Det har gått tre uker. Kari stikker hodet inn på helserommet i et friminutt.",
    "kari: Nå har Sander {fravaer} fraværstimer siden høstferien. Han har sovnet i timen tre ganger de siste to ukene. Jeg har skrevet opp datoene.",
    "kari: Han har riktignok fått seg kjæreste i parallellklassen, så kanskje det er derfor han er trøtt.",
    "kari: Jeg har ikke sagt noe til ham. Jeg ville høre med deg først.",
  },
  observe = { "sover_i_timen", "kjaereste" },
  concern = 4,
  facilitator = tekst {
    "Ekspertnivå 4 («Stor bekymring»: samarbeid med samtykke, BTI nivå 2–3). Tegnene har vart og økt mens dere ventet: fraværet er mer enn doblet, og han sovner i timene, skrevet ned med datoer. Sammen med politisaken er dette ikke lenger noe å følge med på. Det trengs en samtale nå, og trolig samarbeid med hjemmet og andre tjenester. Det er ikke 5, for vi vet fortsatt ikke hvor mye han bruker, og ingen har snakket med ham.",
    "Spørsmål til gruppa: Hvorfor er det så lett å vente? Hva sier kommunens handlingsveileder om frist for å ta stilling til en undring? Hvordan skiller dere kjæresten (nøytralt) fra søvnen i timene (signal)?",
  },
  choices = {
    { id = "inviter_naa",
      text = "Be Kari spørre Sander i dag om han vil snakke med deg, og ta med datoene hun har skrevet ned",
      next = "samtale_sander",
      score = { signaler = 2, samtale = 1 },
      add = { tillit = 1 }, set = { kom_via = "kari" },
      feedback = "Bra at du handler nå. Dokumenterte og vedvarende tegn er nettopp det retningslinjen sier at bekymringen bør bygge på, og invitasjonen kommer fra en voksen han stoler på. Tre uker er likevel tapt, og fraværet har steget i mellomtiden." },
    { id = "neste_mote",
      text = "Ta ham opp anonymt på det tverrfaglige møtet om tre uker, og vent med å kontakte ham til da",
      next = "seks_uker",
      score = { samarbeid = 1, signaler = -1 },
      set = { ventet_igjen = true, utsatt_til_mote = true },
      feedback = "Anonym drøfting er nyttig, men ikke som grunn til å vente tre uker til. Tegnene er vedvarende og dokumenterte, og du kan drøfte med lederen din i dag. En plan som lages uten samtale med Sander, blir dessuten en plan om ham, ikke med ham." },
    { id = "vent_mer",
      text = "Gi det litt mer tid – han leverer jo fortsatt oppgavene, og kjæresten kan forklare trøttheten",
      next = "seks_uker",
      score = { signaler = -2 },
      set = { ventet_igjen = true },
      feedback = "Her blir både det nøytrale (kjæresten) og det tilsynelatende beroligende (han leverer) brukt til å forklare bort signaler. Jo flere tegn som peker samme vei, jo større grunn er det til å handle. Å vente til det «blir et problem» er nettopp det tidlig intervensjon skal hindre." },
  },
}

scene {
  id = "samtale_sander", title = "På helserommet",
  text = function(s)
    local t = {}
    if s.kom_via == "hentet" then
      t[#t + 1] = "du: Sander, kan du bli med meg et øyeblikk?"
      t[#t + 1] = "Sander går med deg ut av klasserommet uten et ord. Flere i klassen snur seg etter ham. På helserommet setter han seg med armene i kors."
    elseif s.kom_via == "mor" then
      t[#t + 1] = "Sander kommer fordi Hilde har bedt ham om det. Han setter seg med jakka på og ser ut av vinduet."
    else
      t[#t + 1] = "Sander kommer innom i lunsjen, slik Kari avtalte med ham. Han blir stående i døråpningen et øyeblikk før han setter seg på kanten av stolen."
      t[#t + 1] = "du: Fint at du kom, Sander."
    end
    if s.vent then
      t[#t + 1] = "Det er snart fire uker siden politiet stoppet ham i parken."
    end
    t[#t + 1] = "Øynene hans er røde. Han merker at du ser det."
    t[#t + 1] = "sander: Vi hadde svømming i gymmen. Det er klor, ok?"
    t[#t + 1] = "sander: Og uansett – alle på skolen røyker jo. Det er ikke noe big deal. Hvorfor er det bare jeg som må sitte her?"
    t[#t + 1] = "Du har tenkt gjennom hvordan du vil åpne samtalen."
    return tekst(t)
  end,
  observe = { "roede_oyne", "alle_royker" },
  facilitator = tekst {
    "Målet med den første samtalen er kontakt, ikke tilståelse. Sander kommer med to ting som lett avsporer: de røde øynene og «alle røyker». Ingen av dem sier noe om hans egen bruk.",
    "Spørsmål til gruppa: Hva sier dere først? Hvordan forklarer dere taushetsplikten og grensene for den til en 16-åring, med egne ord? Hvordan kan dere bruke at de fleste elever i videregående *ikke* har brukt cannabis siste år, uten å moralisere?",
  },
  choices = {
    { id = "rammer_forst",
      text = "Fortell hva du har hørt og hvorfor du spør, si at du kan ta feil, og forklar hva du kan holde for deg selv – og når du må si fra til andre",
      next = "sander_forteller",
      score = { samtale = 2, jus = 2 },
      add = { tillit = 1 },
      feedback = "Godt. Du deler det du vet, ikke det du tror, og sier at du kan ta feil. Når rammene er klare fra starten – taushetsplikt, men ikke uten grenser – kan han selv velge hva han forteller, og du slipper å bryte et løfte senere. Det gir tillit som varer." },
    { id = "lov_hemmelig",
      text = "Si at alt han forteller deg, blir mellom dere to, så han kan være helt ærlig",
      next = "sander_forteller",
      score = { samtale = 1, jus = -2 },
      add = { tillit = 1 }, set = { lovet_hemmelig = true },
      feedback = "Velment, men skadelig. Et løfte om fullt hemmelighold kan du ikke holde: foreldrene til en 16-åring har krav på opplysninger de trenger for å ivareta foreldreansvaret, og opplysningsplikten til barnevernet går foran taushetsplikten. Når løftet må brytes, mister du tilliten du prøvde å vinne. Forklar heller ærlig hva du kan holde for deg selv, og hva du ikke kan." },
    { id = "spor_direkte",
      text = "Spør rett ut hvor ofte han røyker, hvem han kjøper av, og om han har noe på seg nå",
      next = "sander_forteller",
      score = { samtale = -2 },
      add = { tillit = -1 },
      feedback = "Dette blir et avhør. Hvem han kjøper av, er politiets sak, ikke skolehelsetjenestens, og å kreve svar på stedet skaper motstand. Motstand i samtalen henger sammen med mindre endring. Start med det du har observert, og vær nysgjerrig på hvordan han har det." },
    { id = "informer_skade",
      text = "Begynn med å forklare hva cannabis gjør med hjernen i hans alder, så han forstår alvoret",
      next = "sander_forteller",
      score = { samtale = -1 },
      add = { tillit = -1 },
      feedback = "Kunnskap er viktig, men råd ingen har bedt om, tidlig i samtalen, er korrigeringsrefleksen i praksis. Han har nettopp sagt at han føler seg utpekt, og en forelesning bekrefter det. Spør heller hva han selv vet og tenker, og gi informasjon når han er klar for den." },
  },
}

scene {
  id = "sander_forteller", title = "Det Sander forteller",
  text = function(s)
    local t = {}
    if s.tillit >= 1 then
      t[#t + 1] = "Etter en stund legger Sander fra seg mobilen."
      t[#t + 1] = "sander: Det var ikke første gang, hvis du lurer. Politiet tok kverna og rullepapiret også."
      t[#t + 1] = "sander: Jeg får ikke sove. Tankene bare kverner når jeg legger meg. Siden høstferien har jeg tatt en nesten hver kveld. Da sovner jeg i alle fall."
      t[#t + 1] = "sander: Det verste den kvelden var ikke politiet. Det var å se mamma lei seg. Hun gråt i bilen hele veien hjem."
      t[#t + 1] = "sander: Jeg skal bli elektriker. Jeg har allerede snakket med et firma om læreplass. Det vil jeg ikke ødelegge."
      t[#t + 1] = "sander: Men ikke si noe til mamma om søvnen. Hun blir bare enda mer lei seg."
    else
      t[#t + 1] = "Sander svarer kort og ser mest på mobilen."
      t[#t + 1] = "sander: Politiet tok kverna og rullepapiret, ok? Det betyr ikke at jeg er avhengig."
      t[#t + 1] = "sander: Jeg røyker noen kvelder i uka for å få sove. Det er alt. Andre tar sovepiller."
      t[#t + 1] = "sander: Det eneste som var ille den kvelden, var å se mamma lei seg. Hun gråt i bilen hele veien hjem."
      t[#t + 1] = "sander: Jeg skal bli elektriker og har snakket med et firma om læreplass. Så slapp av."
      t[#t + 1] = "sander: Og mamma trenger ikke vite noe mer. Hun har nok å stri med."
    end
    if s.lovet_hemmelig then
      t[#t + 1] = "sander: Og dette blir mellom oss, sant? Det var det du sa."
    end
    t[#t + 1] = "Timen er snart over. Spørsmålet er hva som skjer videre – og hvem som skal vite hva."
    return tekst(t)
  end,
  observe = { "kvern", "sovn", "grunner", "framtid" },
  concern = 4,
  facilitator = tekst {
    "Ekspertnivå 4 («Stor bekymring»: samarbeid med samtykke). Nå er det ikke lenger bare én episode: brukerutstyr og bruk flere kvelder i uka peker mot regelmessig bruk, og han bruker cannabis for å dempe søvnvansker og uro. Rus og psykiske vansker følger ofte hverandre, så søvnen må følges opp for seg, gjerne hos fastlegen, og foreldrene må inn. Det er ikke 5: han går på skolen, har tydelige mål, og vi har ingen holdepunkter for vedvarende alvorlig misbruk. Han har dessuten gitt deg to håndtak for en motiverende samtale: mora og læreplassen.",
    "Spørsmål til gruppa: Hvilke av hans egne grunner ville dere bygd videre på? Hva må Hilde vite for å kunne være forelder her, og hva kan Sander selv bestemme over som 16-åring? Hva gjør dere hvis han sier nei til at mora involveres?",
  },
  choices = {
    { id = "mote_med_mor",
      text = "Si at du ønsker et møte med Hilde, og la ham velge om han vil være med og hva han selv vil fortelle",
      next = "moete_mor",
      score = { samtale = 2, jus = 1, samarbeid = 1 },
      add = { tillit = 1 }, set = { mor_med = true },
      feedback = "Godt. Sander er 16 og helserettslig myndig, men Hilde har foreldreansvaret og har krav på det hun trenger for å utøve det. Når han får vite det på forhånd og selv kan være med og fortelle, beholder du tilliten og får foreldrene med – noe TIUR trekker fram som en suksessfaktor." },
    { id = "innrom_lofte",
      text = "Innrøm at du lovte for mye i stad, forklar hva du faktisk kan holde for deg selv, og spør hvordan han vil at Hilde skal involveres",
      next = "moete_mor",
      when = function(s) return s.lovet_hemmelig end,
      score = { samtale = 1, jus = 2, samarbeid = 1 },
      set = { lovet_hemmelig = false, mor_med = true },
      feedback = "Godt reparert. Det er bedre å rette opp et løfte du ikke kan holde, nå, enn å bryte det senere. Sander får ærlige rammer og en reell mulighet til å påvirke hvordan mora får vite det." },
    { id = "ring_mor_bak",
      text = "Si at det ordner seg, og ring Hilde etter timen for å fortelle om søvnen og hvor ofte han røyker",
      next = "moete_mor",
      score = { samtale = -2, jus = -1, samarbeid = 1 },
      add = { tillit = -2 }, set = { mor_med = true, bak_ryggen = true, lovet_hemmelig = false },
      feedback = "Hilde skal få vite nok til å kunne følge opp, men ikke bak ryggen hans. Å gå til foreldrene uten å si det til ungdommen først er en av de vanligste måtene å miste tilliten på. Som 16-åring har Sander også rett til å bli hørt om hva som deles av helseopplysningene hans. Si heller åpent hva du må fortelle, og la ham være med." },
    { id = "ikke_mor",
      text = "Respekter at han er 16 og ikke vil ha mora inn i dette, og avtal en ny samtale med ham alene neste uke",
      next = "politiet_ringer",
      score = { samtale = 1, jus = -1, samarbeid = -1 },
      feedback = "Å respektere ham er viktig, og en ny avtale er bra. Men Hilde vet allerede om politisaken, og bruk flere kvelder i uka og søvnvansker er noe hun trenger å vite for å kunne være forelder. Foreldre skal ha det de trenger for å ivareta foreldreansvaret, også når barnet er 16. Arbeid for at han selv vil ha henne med, i stedet for å gi opp det." },
  },
}

scene {
  id = "moete_mor", title = "Møte med Hilde",
  text = function(s)
    local t = {}
    if s.bak_ryggen then
      t[#t + 1] = "Hilde kommer alene dagen etter. Sander vet ikke at du har ringt henne."
    else
      t[#t + 1] = "Dagen etter kommer Hilde og Sander sammen. Sander har selv fortalt mora om søvnen."
    end
    t[#t + 1] = "hilde: Jeg hentet ham på politistasjonen selv den kvelden. Nå har vi faste avtaler hjemme: hjemme klokka ti på hverdager, og vi spiser middag sammen hver dag."
    t[#t + 1] = "hilde: Jeg trodde han var så trøtt fordi han trener fire ganger i uka."
    if s.bak_ryggen then
      t[#t + 1] = "Du vet fra Kari at han sluttet på fotballaget i september."
    else
      t[#t + 1] = "sander: Jeg har sluttet på fotballen, mamma. Siden september."
    end
    t[#t + 1] = "hilde: Han sitter på rommet med døra låst. Og to ganger har det forsvunnet penger fra lommeboka mi. Når jeg spør, får jeg lange historier om hvem som skyldte hvem."
    t[#t + 1] = "hilde: Storebroren hans, Marius, slet med hasj da han var 17. Han er 22 nå og har det bra, men jeg er så redd for at det skal gjenta seg."
    return tekst(t)
  end,
  observe = { "mor_regler", "bare_sliten", "laast_dor", "penger", "bror" },
  concern = 4,
  facilitator = tekst {
    "Ekspertnivå 4 («Stor bekymring»: samarbeid med samtykke). Hilde bekrefter og utvider bildet: penger som forsvinner, med innviklede forklaringer, og en bror som har slitt med hasj (en risikofaktor, ikke et tegn). Samtidig har Sander en mor som engasjerer seg og setter rammer – en sterk beskyttelsesfaktor. Dette er et typisk bilde for samarbeid med samtykke: skolehelsetjenesten, fastlegen for søvnen og oppfølgingen som politiet og kommunen har gjennom SLT. Det er ikke 5: det er fortsatt ikke grunn til å tro at det foreligger vedvarende alvorlig misbruk, og hjemmet følger opp. I BTI-språk er dette nivå 2–3; følg kommunens egen handlingsveileder, for nivåene beskrives litt ulikt fra kommune til kommune.",
    "Spørsmål til gruppa: Hvilken av Hildes forklaringer er en felle, og hvorfor? Hva skal et godt samtykke inneholde? Hvordan unngår dere at den låste døra og de forsvunne pengene blir til en kontrollkamp hjemme?",
  },
  choices = {
    { id = "plan_sammen",
      text = "Foreslå en plan som lages sammen med Sander: faste samtaler hos deg, time hos fastlegen for søvnen, og skriftlig samtykke fra ham og Hilde til samarbeid med politiets forebyggende enhet og SLT-koordinatoren – hva som kan deles, med hvem, og at samtykket kan trekkes",
      next = "politiet_ringer",
      score = { samarbeid = 2, jus = 2, samtale = 1 },
      add = { tillit = 1 }, set = { samtykke = true, sovn_hjelp = true },
      feedback = "Godt. Dette er tiltak i egen tjeneste og samarbeid på samme tid, bygd på et samtykke som er informert, frivillig og dokumentert. Det gis til tjenesten, ikke til deg personlig, og kan trekkes tilbake. Søvnvanskene blir tatt på alvor som noe eget, ikke bare som en del av rusbruken, og Sander og Hilde vet hvem som får vite hva." },
    { id = "sjekk_rommet",
      text = "Råd Hilde til å gå gjennom rommet og mobilen hans jevnlig, så hun vet hva som foregår",
      next = "politiet_ringer",
      score = { samtale = -2 },
      add = { tillit = -2 },
      feedback = "Velment, men skadelig. Å ransake rommet og lese mobilen invaderer privatlivet hans og gjør forholdet til mora – hans viktigste beskyttelsesfaktor – til en kontrollkamp. RUSinfo fraråder nettopp dette. Klare avtaler, interesse og samtaler hjemme virker bedre enn overvåking." },
    { id = "normaliser",
      text = "Berolig Hilde: de fleste ungdommer prøver, og det går som regel over av seg selv",
      next = "politiet_ringer",
      score = { signaler = -2, samtale = -1 },
      feedback = "Det stemmer at de fleste som prøver cannabis, ikke fortsetter, og at flertallet av elevene i videregående ikke har brukt det siste år. Men her er det flere tegn samtidig: brukerutstyr, bruk for å sove, penger som forsvinner og fravær. Å bagatellisere gir Hilde falsk trygghet, og ingen får ansvar for å følge opp." },
  },
}

scene {
  id = "politiet_ringer", title = "Politiet ringer",
  text = function(s)
    local t = {
      "Noen dager senere ringer politibetjent Nora Hauge fra forebyggende enhet. I Fjordvik har politiet og kommunen en fast SLT-rutine: når noen under 18 blir tatt med narkotika, tar politiet kontakt med foreldrene og spør om skolehelsetjenesten kan kontaktes. Hilde har sagt ja til at Nora ringer deg.",
      "nora: Vi har invitert Sander og Hilde til en bekymringssamtale på tirsdag. SLT-koordinatoren, Jan Erik, blir med. Hva vet du om Sander? Har han et rusproblem? Og vil du være med?",
    }
    if s.samtykke then
      t[#t + 1] = "Du har Sanders og Hildes skriftlige samtykke til å dele det dere ble enige om – at han har søvnvansker som følges opp, og at han går til samtaler hos deg – med politiets forebyggende enhet og SLT-koordinatoren."
    else
      t[#t + 1] = "Du har ikke noe samtykke fra Sander til å dele det han har fortalt deg."
    end
    return tekst(t)
  end,
  facilitator = tekst {
    "Her møtes to regelverk. Skolehelsetjenesten har profesjonsbestemt taushetsplikt, som er strengere enn den forvaltningsmessige. At Hilde har sagt ja til at politiet ringer, er ikke et samtykke til at du forteller det Sander har sagt til deg: han er 16, og helseopplysningene er hans. Et samtykke opphever taushetsplikten bare så langt det rekker.",
    "Spørsmål til gruppa: Hva kan dere si til politiet uten samtykke? Hva er gevinsten ved å være med i bekymringssamtalen, og hva kan det koste i Sanders tillit? Hvordan er SLT-samarbeidet organisert i deres kommune, og hvem er koordinator?",
  },
  choices = {
    { id = "del_samtykke",
      text = "Del det Sander og Hilde har samtykket til, og si at du gjerne blir med på bekymringssamtalen",
      next = "bekymringssamtalen",
      when = function(s) return s.samtykke end,
      score = { samarbeid = 2, jus = 2 },
      set = { deltar = true },
      feedback = "Godt. Du deler det samtykket dekker, og ikke mer. Når du er med, kan planen som politiet og kommunen lager, ta hensyn til søvnen og samtalene han allerede går til – og Sander ser at de voksne rundt ham snakker sammen med ham, ikke om ham." },
    { id = "spor_forst",
      text = "Si at du ikke kan fortelle noe om det Sander har sagt til deg uten samtykke, men at du skal spørre ham og Hilde om du kan bli med",
      next = "bekymringssamtalen",
      when = function(s) return not s.samtykke end,
      score = { samarbeid = 1, jus = 2 },
      set = { deltar = true, samtykke = true },
      feedback = "Riktig. Taushetsplikten hindrer ikke samarbeid, men samarbeidet må bygge på samtykke. Sander og Hilde sier ja til at du blir med. Enda bedre hadde det vært å ha samtykket på plass før politiet ringte, slik at du kunne delt det dere var enige om." },
    { id = "fortell_alt",
      text = "Fortell Nora alt du vet, også om søvnen og hvor ofte han røyker – politiet trenger hele bildet for å hjelpe ham",
      next = "bekymringssamtalen",
      score = { samarbeid = 1, jus = -3 },
      add = { tillit = -2 }, set = { brudd = true, deltar = true },
      feedback = "Velment, men et alvorlig brudd. Å dele helseopplysninger uten samtykke eller hjemmel er en av de kritiske feilene. Det Sander har fortalt deg i en samtale, er hans, og et samtykke til samarbeid gjelder bare det det er gitt for. Når han får vite at politiet kjenner til det han fortalte deg, mister du ham som samtalepartner." },
    { id = "hold_avstand",
      text = "Si at skolehelsetjenesten ikke samarbeider med politiet om enkeltelever, og avslutt samtalen",
      next = "seks_uker",
      score = { samarbeid = -2 },
      set = { deltar = false },
      feedback = "Det er riktig å ta taushetsplikten på alvor, men den forbyr ikke samarbeid med samtykke. SLT-modellen og TIUR bygger nettopp på at kommunen og politiet samordner innsatsen. Uten deg rundt bordet blir planen for Sander laget uten kunnskap om helse og søvn, og han får færre voksne som drar i samme retning." },
  },
}

scene {
  id = "bekymringssamtalen", title = "Bekymringssamtalen",
  text = function(s)
    local t = {}
    local intro = "Tirsdag møtes dere på politihuset: Nora, SLT-koordinator Jan Erik Vik, Hilde, Sander og du."
    if not s.mor_med then
      intro = intro .. " Det er første gang du møter Hilde."
    end
    t[#t + 1] = intro
    t[#t + 1] = "nora: Dette er ikke et avhør. Vi har invitert dere fordi vi er bekymret, og vi skal lage en plan for veien videre sammen. Samtalen skrives i politiets journal, men den kommer ikke på rullebladet ditt. Du er over 15, så det er frivillig for deg å være her."
    if s.brudd then
      t[#t + 1] = "nora: Helsesykepleieren har fortalt meg at du røyker flere kvelder i uka for å få sove."
      t[#t + 1] = "Sander snur seg mot deg. Han sier ikke et ord til deg resten av møtet."
    end
    t[#t + 1] = "nora: Den kvelden vi stoppet deg, var du sammen med to gutter på 19 og 20 som vi kjenner fra narkotikasaker."
    t[#t + 1] = "Sander ser ned i bordet. Så sier han:"
    t[#t + 1] = "sander: Elias spurte i går om jeg vil begynne på fotballen igjen. Han har aldri røyka noe."
    t[#t + 1] = "nora: Saken din går til påtalejuristen, og det er hun som bestemmer reaksjonen. Det kan bli en påtaleunnlatelse med vilkår, for eksempel at du møter hos kommunens rådgivende enhet for russaker."
    t[#t + 1] = "janerik: I tillegg har kommunen et oppfølgingsopplegg for unge og rus etter TIUR-modellen, med faste kontaktmøter. Hvis Sander og Hilde vil, kan en avtale om rusprøver være en del av det."
    t[#t + 1] = "Nora snur seg mot deg."
    t[#t + 1] = "nora: Kunne ikke du tatt prøvene? Han kjenner deg, og det blir mindre skummelt for ham enn å komme hit."
    return tekst(t)
  end,
  observe = { "eldre_kompiser", "elias" },
  facilitator = tekst {
    "Bekymringssamtalen er et forebyggende tiltak, ikke en straff. Ungdommen og foreldrene er med, og samtalen ender med en plan. Også den er omdiskutert: noen studier antyder at inngripen fra politiet kan få unge til å føle seg stemplet. Regelverket for rusprøver og reaksjoner overfor unge er i endring (riksadvokatens rundskriv fra 2021, rådgivende enhet fra 2022, nye lovforslag), så kursleder bør sjekke hva som gjelder nå. En påtaleunnlatelse er en strafferettslig reaksjon som slår fast skyld, ikke en henleggelse, og vilkår for en 16-åring krever samtykke fra foreldrene. At det er frivillig for en 16-åring å møte, bygger på politiets egen informasjon; for barn under 15 kan politiet kreve oppmøte. Hovedpoenget står uansett fast: hjelper og kontrollør bør være ulike personer.",
    "Spørsmål til gruppa: Hvorfor er det fristende å si ja til Nora? Hva skjer med samtalene hos helsesykepleieren hvis hver time også er en prøvetaking? Hvem bør være stafettholder, og hvorfor?",
  },
  choices = {
    { id = "roller_atskilt",
      text = "Si nei til å ta prøvene, men tilby faste samtaler; foreslå at Jan Erik blir stafettholder, og at eventuelle prøver tas av andre enn deg",
      next = "seks_uker",
      score = { samarbeid = 2, jus = 1, samtale = 1 },
      feedback = "Godt. Du holder hjelperrollen og kontrollørrollen atskilt, slik at samtalene hos deg fortsatt er et sted der Sander kan være ærlig – også om en glipp. En fast stafettholder gir oversikt over hvem som gjør hva, og planen bygger på flere tjenester som drar i samme retning." },
    { id = "ta_provene",
      text = "Si ja: det er bedre at Sander møter et kjent ansikt enn en fremmed når prøvene skal tas",
      next = "seks_uker",
      score = { samarbeid = -1, jus = -1 },
      add = { tillit = -1 }, set = { roller_blandet = true },
      feedback = "Velment, men det blander rollene. Når den samme personen både skal hjelpe og kontrollere, blir hver samtale en kontroll, og det blir risikabelt for Sander å fortelle om en glipp. Prøver som er en del av en reaksjon, skal tas av andre enn den som hjelper ham. Du mister det som gjorde deg nyttig: tilliten." },
    { id = "streng_avtale",
      text = "Foreslå en streng avtale med prøver hver uke i et helt år, så han forstår at dette er alvor",
      next = "seks_uker",
      score = { samtale = -1, samarbeid = -1 },
      set = { kontroll = true },
      feedback = "Kontroll i stedet for hjelp. Ruskontrakter er kritisert fordi frivilligheten er farget av straff som alternativ, og fordi det ofte er de mest ressurssterke som fullfører. Sander bruker cannabis for å sove, og en avtale som bare handler om prøver, tar ikke tak i det. Skal prøver være med, bør de være en del av en plan med støtte, ikke hele planen." },
  },
}

-- Ingen beslutning her: ukene går, og det som er gjort før, avgjør hvor det bærer.
local function gaar_bra(s)
  if s.ventet_igjen or s.familien_borte or s.brudd or s.roller_blandet or not s.deltar then
    return false
  end
  return s.tillit >= 1
end

scene {
  id = "seks_uker", title = "Ukene går",
  text = function(s)
    local t = {}
    if s.utsatt_til_mote then
      t[#t + 1] = "Det tverrfaglige møtet blir utsatt én gang, og Sander blir aldri tatt opp der. Ingen har snakket med ham om bekymringen. Kari sier fra at fraværet fortsetter å øke."
    elseif s.ventet_igjen then
      t[#t + 1] = "Du gir det mer tid. Ingen snakker med Sander om bekymringen, og Kari sier fra at fraværet fortsetter å øke."
    elseif s.familien_borte then
      t[#t + 1] = "Barnevernet har ett møte med Hilde og Sander og avslutter saken etter gjennomgangen. Hilde svarer ikke når du ringer, og Sander går en omvei rundt helserommet."
    elseif not s.deltar then
      t[#t + 1] = "Bekymringssamtalen blir holdt uten deg. Planen handler om oppmøte hos den rådgivende enheten og om innetider. Sander kommer ikke tilbake til deg, og du hører ikke mer fra politiet."
    elseif s.brudd then
      t[#t + 1] = "Etter bekymringssamtalen kommer ikke Sander til flere avtaler hos deg. Kari forteller at han har sluttet å bli igjen etter timene hos henne også."
    elseif s.roller_blandet then
      t[#t + 1] = "Hver gang Sander kommer til deg, skal han også levere en prøve. Den første er negativ. Så begynner han å utebli – først fra prøvene, så fra samtalene."
    elseif s.tillit < 1 then
      t[#t + 1] = "Sander møter til én av fire avtalte samtaler. Når du spør hvordan det går, svarer han «bra» og ser på klokka."
    else
      t[#t + 1] = "Sander kommer til de fleste avtalene hos deg. Jan Erik er stafettholder og kaller inn til kontaktmøter."
      if s.bak_ryggen then
        t[#t + 1] = "Han var sint i to uker fordi du ringte mora hans uten å si det til ham først. Så kom han tilbake."
      end
      if s.sovn_hjelp then
        t[#t + 1] = "Fastlegen har gitt ham råd om søvn og henvist ham til kommunens psykiske helsetjeneste for unge, der han har vært to ganger."
      end
      if s.kontroll then
        t[#t + 1] = "De ukentlige prøvene tar mye plass i hverdagen hans, men han møter opp."
      end
    end
    t[#t + 1] = "Seks uker går."
    return tekst(t)
  end,
  next = function(s)
    if gaar_bra(s) then return "oppfolging_bra" end
    return "eskalering"
  end,
  targets = { "oppfolging_bra", "eskalering" },
}

scene {
  id = "oppfolging_bra", title = "Kontaktmøtet",
  text = function(s)
    local t = {}
    t[#t + 1] = "Seks uker etter bekymringssamtalen har dere kontaktmøte på skolen: Jan Erik som stafettholder, Kari, Hilde, Sander og du."
    if s.sovn_hjelp then
      t[#t + 1] = "Sander sier at han sover litt bedre etter timene hos fastlegen og den psykiske helsetjenesten."
    end
    if s.kontroll then
      t[#t + 1] = "Alle de ukentlige prøvene har vært negative."
    end
    t[#t + 1] = "kari: Fraværet er nede i to timer siden forrige møte."
    t[#t + 1] = "Sander har farget håret brunt igjen. Han kremter."
    t[#t + 1] = "sander: Jeg røykte på en fest for to uker siden. Jeg vil heller si det selv enn at dere hører det fra andre."
    t[#t + 1] = "Hilde ser på deg. Det blir stille rundt bordet."
    return tekst(t)
  end,
  observe = { "fravaer_ned", "glipp", "aapen", "haar_tilbake" },
  concern = 3,
  facilitator = tekst {
    "Ekspertnivå 3 («Noe bekymring»: tiltak i egen tjeneste). Utviklingen går riktig vei: fraværet er nesten borte, og han forteller selv om en glipp – et tegn på at relasjonen tåler sannheten. Bekymringen er lavere enn før, men ikke borte. En glipp er vanlig i endring og skal følges opp, ikke straffes. Ikke 2, fordi planen fortsatt trengs og skal evalueres; ikke 4, fordi det ikke er nye tegn på økende bruk.",
    "Spørsmål til gruppa: Hva forteller det at han sier det selv – også der prøvene har vært negative? Hvordan møter dere en glipp uten å underkjenne framgangen? Hva dekker samtykket, og kan dere si noe om glippen til politiet? Når er det riktig å trappe ned en oppfølging?",
  },
  choices = {
    { id = "fortsett_plan",
      text = "Anerkjenn at han forteller det, utforsk sammen med ham hva som skjedde på festen, og foreslå å fortsette planen med ny evaluering om seks uker",
      next = "god",
      score = { signaler = 1, samtale = 1, samarbeid = 2 },
      feedback = "Godt. En glipp er vanlig i endring. Når du anerkjenner ærligheten og utforsker hva som skjedde, styrker du det som beskytter ham. Planen fortsetter med en fast dato for evaluering, og nedtrappingen skjer når dere er enige om det – ikke fordi én god periode er over." },
    { id = "avslutt",
      text = "Avslutt oppfølgingen: det går bra nå, og han trenger å slippe å være en sak",
      next = "for_tidlig",
      score = { signaler = -1, samarbeid = -1 },
      feedback = "Ønsket om ikke å gjøre ham til en sak er godt, men avslutningen kommer for tidlig. Han har nettopp fortalt om en glipp, og søvnen og kameratene er ikke ute av bildet. En oppfølging bør trappes ned etter en plan med evaluering, ikke avsluttes brått fordi det ser bra ut." },
    { id = "si_til_nora",
      text = "Si at du må fortelle Nora om glippen, siden han har en avtale med politiet",
      next = "darlig",
      score = { jus = -3, samtale = -1 },
      set = { nora_glipp = true },
      feedback = "Dette bryter både taushetsplikten og rolledelingen. Det han forteller deg i en hjelpesamtale, er ikke en del av kontrollen, og samtykket dekket ikke at glipper skulle meldes til politiet. Han lærer at ærlighet straffes – og slutter å være ærlig." },
  },
}

scene {
  id = "eskalering", title = "Det går feil vei",
  text = function(s)
    local t = {}
    if s.ventet_igjen then
      t[#t + 1] = "Det er januar. Ingen har snakket med Sander om bekymringen siden politiet stoppet ham i november."
    elseif s.familien_borte then
      t[#t + 1] = "Det er januar. Familien har ikke hatt kontakt med deg siden barnevernet avsluttet saken."
    elseif not s.deltar then
      t[#t + 1] = "Det er januar. Du har ikke hørt noe om Sander siden politiet ringte."
    elseif s.brudd then
      t[#t + 1] = "Det er januar. Sander har ikke vært hos deg siden bekymringssamtalen."
    elseif s.roller_blandet then
      t[#t + 1] = "Det er januar. Sander har verken levert en prøve eller kommet til en samtale på fem uker."
    else
      t[#t + 1] = "Det er januar. Sander har ikke kommet til de siste avtalene hos deg."
    end
    t[#t + 1] = "Kari kommer inn på helserommet og setter seg tungt ned."
    t[#t + 1] = "kari: Sander har vært på skolen to dager de siste tre ukene. Og i går ringte en mor til rektor. Hun sier at Sander har tilbudt sønnen hennes, som går i tiende klasse, å kjøpe hasj."
    t[#t + 1] = "Samme ettermiddag ringer Hilde deg."
    t[#t + 1] = "hilde: Han røyker hver dag nå. Jeg kjenner lukten når jeg kommer hjem, og han sover til langt på ettermiddagen. Jeg vet ikke hva jeg skal gjøre lenger."
    if s.lovet_hemmelig then
      t[#t + 1] = "Du husker hva du lovte Sander i høst: at alt han fortalte deg, skulle bli mellom dere."
    end
    return tekst(t)
  end,
  observe = { "skulker", "selger", "daglig" },
  concern = 5,
  facilitator = tekst {
    "Ekspertnivå 5 («Alvorlig bekymring»: opplysningsplikt). Nå er det grunn til å tro at Sander har alvorlige atferdsvansker: daglig bruk over tid, snudd døgnrytme, nesten fullt skolefravær og opplysninger om salg til yngre elever. Da er opplysningsplikten til barnevernet utløst (barnevernsloven § 13-2, for helsepersonell også helsepersonelloven § 33). Plikten er personlig, går foran taushetsplikten og krever ikke sikker viten. Terskelen er dobbel – lavt krav til sannsynlighet, men et alvorlig forhold – og begge deler er oppfylt. Familien bør som hovedregel få vite om meldingen og hvorfor.",
    "Spørsmål til gruppa: Hva skiller denne situasjonen fra mandag morgen i november? Hvem forankrer dere meldingen hos, og hva gjør dere hvis lederen er uenig? Hvordan sier dere det til Sander?",
  },
  choices = {
    { id = "meld_naa",
      text = "Meld til barnevernet i dag, drøft det med lederen din, og si til Sander og Hilde at du melder og hvorfor",
      next = "etter_melding",
      score = { jus = 3, samarbeid = 1, samtale = 1 },
      feedback = "Riktig. Vilkårene for opplysningsplikt er oppfylt, og da skal du melde – uten å vente på sikker viten. Det er god praksis å forankre meldingen hos lederen, men plikten er din personlig. Når du sier det åpent til familien, får de en mulighet til å forstå og samarbeide med barnevernet, i stedet for å føle seg overkjørt." },
    { id = "drofte_forst",
      text = "Drøft saken anonymt med barnevernet først, og meld bare hvis de mener du må",
      next = "etter_melding",
      score = { jus = 1, samarbeid = 1 },
      set = { forsinket = true },
      feedback = "Anonym drøfting er et godt verktøy når du er i tvil. Her er vilkårene tydelig oppfylt, og opplysningsplikten er din – den kan ikke legges over på barnevernets vurdering på telefonen. Barnevernet ber deg sende melding, og du gjør det dagen etter. Det gikk bra denne gangen, men ansvaret er ditt." },
    { id = "en_samtale_til",
      text = "Prøv å få én samtale til med Sander før du bestemmer deg – en melding kan ødelegge det lille som er igjen av tilliten",
      next = "darlig",
      score = { jus = -2, signaler = -1 },
      feedback = "Frykten for å ødelegge relasjonen er forståelig, men opplysningsplikten kan du ikke vente med når vilkårene er oppfylt. Sander kommer kanskje ikke til samtalen i det hele tatt, og imens fortsetter både den daglige bruken og salget til yngre elever." },
    { id = "hold_lofte",
      text = "Hold det du lovte Sander i høst, og ikke si noe videre",
      next = "darlig",
      when = function(s) return s.lovet_hemmelig end,
      score = { jus = -3 },
      feedback = "Et løfte om hemmelighold opphever ikke opplysningsplikten. Plikten er personlig og går foran taushetsplikten – og i alle fall foran et løfte som aldri burde vært gitt. Her blir en 16-åring med daglig bruk, og med salg til yngre elever, stående uten hjelp." },
  },
}

scene {
  id = "etter_melding", title = "Dagen etter",
  text = tekst {
    "Dagen etter sitter Hilde og Sander på helserommet. Barnevernet har ringt dem og avtalt et møte neste uke.",
    "Sander ser ikke på deg.",
    "sander: Så du har sladret til barnevernet. Takk.",
    "hilde: Jeg er sint, men jeg er også lettet. Jeg har vært alene med dette altfor lenge. Jeg vil ha hjelp.",
    "sander: Jeg vil ikke miste plassen på elektro. Det er det eneste jeg faktisk bryr meg om.",
  },
  observe = { "hilde_lettet", "vil_tilbake" },
  facilitator = tekst {
    "Meldingen er sendt, men jobben din er ikke over. Barnevernet overtar ikke skolehelsetjenestens ansvar, og Sander trenger fortsatt voksne han kjenner. Hildes lettelse og Sanders ønske om å fullføre elektro er ressurser å bygge videre på.",
    "Spørsmål til gruppa: Hvordan forklarer dere en melding til en 16-åring som føler seg sviktet? Hva kan skolehelsetjenesten tilby mens barnevernet undersøker? Hvordan kan arbeidet videre kobles til SLT og kommunens rus- og psykiske helsetjeneste – og hva krever det av samtykke?",
  },
  choices = {
    { id = "forklar_bli",
      text = "Forklar rolig hva du så, hvorfor du meldte og hva barnevernet gjør nå – og si at du fortsatt er der for ham, også på det første møtet hvis han vil",
      next = "meldt_sent",
      score = { samtale = 2, samarbeid = 1 },
      feedback = "Godt. Du står for vurderingen din uten å forsvare deg, og viser at en melding ikke er et farvel. Når du er med i overgangen, hvis han vil, blir det lettere for Sander og Hilde å ta imot hjelpen." },
    { id = "skyld_leder",
      text = "Si at du egentlig ikke ville melde, men at lederen din bestemte det",
      next = "meldt_sent",
      score = { samtale = -1, jus = -1 },
      set = { fraskrevet = true },
      feedback = "Det er fristende å dempe sinnet, men det er ikke sant, og det undergraver både meldingen og deg. Opplysningsplikten er personlig. Når du fraskriver deg ansvaret, lærer Sander at voksne ikke står for det de gjør." },
    { id = "trekk_deg",
      text = "Si at saken ligger hos barnevernet nå, og trekk deg ut så du ikke står i veien",
      next = "meldt_sent",
      score = { samarbeid = -2 },
      set = { trukket = true },
      feedback = "Barnevernet overtar ikke ditt ansvar. Skolehelsetjenesten kan fortsatt tilby samtaler og hjelp med søvn og skole, og samarbeide med barnevernet hvis Sander og Hilde samtykker. Når du trekker deg, mister Sander enda en voksen." },
  },
}

-- ---------------------------------------------------------------------------
-- Avslutninger

ending {
  id = "god", title = "Tilbake på banen", outcome = "good",
  text = function(s)
    local t = {}
    t[#t + 1] = "I mars spiller Sander fotball med Elias igjen. Fraværet holder seg lavt, og firmaet han snakket med, har sagt at han kan søke læreplass hos dem. Påtalejuristen ga en påtaleunnlatelse med vilkår om oppmøte hos kommunens rådgivende enhet for russaker, og han møtte."
    if s.sovn_hjelp then
      t[#t + 1] = "Søvnen er fortsatt ujevn, men han har fått hjelp for den og bruker ikke cannabis for å sovne."
    else
      t[#t + 1] = "Søvnen har vært et tema i samtalene hele vinteren. I februar sa han ja til å ta det opp med fastlegen."
    end
    if s.kontroll then
      t[#t + 1] = "De ukentlige prøvene ble trappet ned ved evalueringen, fordi de tok mer plass enn de hjalp."
    end
    if s.vent then
      t[#t + 1] = "Oppfølgingen kom i gang tre uker senere enn den kunne ha gjort, men den kom."
    end
    if s.meldt_tidlig then
      t[#t + 1] = "Barnevernet avsluttet saken etter gjennomgangen. Hilde sier i dag at det var samtalen etterpå som gjorde at de ble med videre."
    end
    t[#t + 1] = "Oppfølgingen trappes ned etter planen. Sander vet at døra til helserommet står åpen."
    return tekst(t)
  end,
}

ending {
  id = "for_tidlig", title = "Avsluttet for tidlig", outcome = "mixed",
  text = tekst {
    "Oppfølgingen ble avsluttet etter kontaktmøtet. I april ser Kari at fraværet har krøpet oppover igjen. Sander svarer høflig at alt er fint når du hilser på ham i gangen, men han har ingen avtale med noen, og ingen vet om glippen han fortalte om, ble den siste.",
    "Dere må begynne på nytt – men veien er kortere denne gangen, fordi han kjenner dere.",
  },
}

ending {
  id = "meldt_sent", title = "Hjelp, men sent", outcome = "mixed",
  text = function(s)
    local t = {}
    t[#t + 1] = "Barnevernet undersøker saken og setter i gang hjelpetiltak i hjemmet, i samarbeid med kommunens rus- og psykiske helsetjeneste for unge. I februar er Sander tilbake på skolen med redusert timeplan."
    if s.forsinket then
      t[#t + 1] = "Meldingen kom en dag senere enn den burde, fordi du ville høre barnevernets vurdering først."
    end
    if s.fraskrevet then
      t[#t + 1] = "Sander vil ikke snakke med deg. Han har fått inntrykk av at ingen voksne står for det de gjør."
    elseif s.trukket then
      t[#t + 1] = "Du hører om utviklingen fra Kari. Sander har ikke vært på helserommet siden."
    else
      t[#t + 1] = "Han kommer innom helserommet av og til. Du var med på det første møtet med barnevernet."
    end
    t[#t + 1] = "Hjelpen kom, men den kom sent. Tegnene var der allerede i november."
    return tekst(t)
  end,
}

ending {
  id = "darlig", title = "Sander trekker seg unna", outcome = "poor",
  text = function(s)
    local t = {}
    if s.nora_glipp then
      t[#t + 1] = "Nora tar opp glippen med Sander, og han skjønner hvor opplysningen kom fra. Han slutter å komme til samtalene og svarer ikke på meldinger. Til Hilde sier han at det ikke er noen vits i å være ærlig med voksne."
      t[#t + 1] = "I april er fraværet høyere enn noen gang, og ingen vet hvor mye han bruker."
    else
      t[#t + 1] = "Du sender ingen melding, og Sander kommer ikke til noen samtale. I februar stopper politiet ham med hasj pakket for salg, og det er politiet som sender melding til barnevernet. Før påske slutter han på skolen."
    end
    if s.nora_glipp then
      t[#t + 1] = "Oppfølgingen var på rett vei. Det som gikk galt, var at hjelperen gikk inn i kontrollørens rolle og brukte det han fortalte i tillit, mot ham."
    else
      t[#t + 1] = "Tegnene var der lenge, og flere voksne så dem. Det som manglet, var at noen handlet på dem i tide – innenfor sin egen rolle."
    end
    return tekst(t)
  end,
}
