-- Blikk: innebygd case «eldre-forelder»
-- En eldre far som drikker vin og bruker sovetabletter, sett fra
-- hjemmesykepleien. Datteren er bekymret. Temaer: fall, pen fasade,
-- selvbestemmelse og samtykkekompetanse, legemiddelgjennomgang, og
-- pårørende som bare involveres med samtykke.
--
-- Spor gjennom casen (se også tests/plays/eldre-forelder/):
--   tidlig spor:  telefon - besok1 - samtale - fastlege - teammote -
--                 hilde_igjen - seks_uker - familiemote
--   fallspor:     ... - hilde_igjen - fallet - etter_legevakt - familiemote
--   (hilde_igjen går til seks_uker bare hvis en legemiddelgjennomgang med
--   full informasjon er bestilt; ellers kommer fallet)

-- Setter sammen avsnitt; tomme/nil-deler hoppes over.
local function avsnitt(deler)
  local ut = {}
  for i = 1, #deler do
    if deler[i] and deler[i] ~= "" then ut[#ut + 1] = deler[i] end
  end
  return table.concat(ut, "\n\n")
end

scenario {
  id = "eldre-forelder",
  title = "Kåre, vinen og sovetablettene",
  summary = "Kåre (81) ble enkemann i vår og har falt to ganger på en måned. "
    .. "Datteren ringer hjemmesykepleien fordi hun er urolig. Du skal se "
    .. "signalene, snakke med ham om alkohol og sovemidler og samarbeide med "
    .. "fastlegen og datteren – uten å ta fra ham styringen over eget liv.",
  role = "Du er sykepleier i hjemmesykepleien og primærkontakt for Kåre "
    .. "Lunde (81). Dere kommer til ham to ganger i uka for å stelle et "
    .. "leggsår.",
  language = "nb",
  version = 1,
  audience = {
    "Sykepleiere og helsefagarbeidere i hjemmetjenesten",
    "Fastleger",
    "Ansatte i kommunal rus- og psykisk helsetjeneste",
    "Farmasøyter",
    "Fysioterapeuter og ergoterapeuter",
  },
  minutes = 25,
  objectives = {
    "Kjenne igjen signaler på at alkohol og sovemidler gir problemer hos en eldre, også bak en pen fasade",
    "Skille mellom risikofaktorer, beskyttende faktorer og nøytrale detaljer",
    "Ta opp alkohol og legemidler konkret og respektfullt, med motiverende intervju som grunnlag",
    "Samarbeide med fastlegen om legemiddelgjennomgang, med samtykke",
    "Involvere pårørende bare så langt den eldre samtykker, og vurdere samtykkekompetanse konkret",
    "Handle straks ved akutt fare, og bruke tvang bare som siste utvei",
  },
  competencies = {
    { id = "signaler", name = "Se signaler" },
    { id = "samtale", name = "Samtale og relasjon" },
    { id = "samarbeid", name = "Samarbeid og rutiner" },
    { id = "jus", name = "Samtykke og taushetsplikt" },
  },
  start = "telefon",
  state = {
    tillit = 0,                  -- Kåres tillit til deg
    fall = 2,                    -- fall registrert i journalen
    hilde_kan_vite = "ingenting ennå",
    lovet_hilde = false,         -- du lovet å rapportere til datteren
    hilde_avvist = false,        -- du avviste datteren i første samtale
    snoket = false,              -- du lette i skapene hans
    samtykke_hilde = false,      -- Kåre har sagt hva Hilde kan få vite
    lmg = false,                 -- legemiddelgjennomgang med full informasjon
    byttet_sovemiddel = false,   -- legen byttet sovemiddel uten å vite om vinen
    bo_alene = false,            -- du ba legen vurdere om han kan bo alene
    fallforebygging = false,
    ikke_dokumentert = false,
    tatt_over = false,           -- flasker fjernet / butikken kontaktet
    delt_uten_samtykke = false,  -- Hilde har fått vite om alkoholen fra dere
    sykehjem = false,
    meldt_paa = false,
    akutt = false,               -- fallet med hodeskade har skjedd
    legevakt = "",               -- "straks", "forsinket" eller "nei"
    brudd = "",                  -- "tvang" eller "kontroll"
  },
  debrief = {
    "Gjentatte fall, søvn på dagtid og en pen fasade kan skjule en farlig kombinasjon av alkohol og sovemidler. Spør konkret om alkohol og om alle legemidler – også det som ikke står på lista.",
    "«Bare litt rødvin for å sove» og «glatt gulv» er forklaringer som skal utforskes, ikke godtas. Med alderen virker både alkohol og legemidler sterkere og lenger.",
    "Del det du har observert, ikke det du tror. Spør om lov før du gir informasjon, og bygg på det personen selv ønsker – her å klare seg hjemme med hunden.",
    "En legemiddelgjennomgang hos fastlegen, med samtykke, starter med en fullstendig liste over det personen faktisk bruker – vinen og den ekstra tabletten inkludert.",
    "En samtykkekompetent eldre bestemmer selv hva pårørende skal få vite. Ta imot det pårørende forteller, gi generell informasjon, og inviter til møter der den eldre selv er med.",
    "Samtykkekompetanse vurderes konkret, for hvert tiltak. Et uklokt valg er ikke det samme som manglende kompetanse – men akutt forvirring etter en hodeskade kan bety at personen ikke forstår hva han sier nei til.",
    "Ved akutt fare: legevakt eller 113. Ellers går veien fra samtale via tiltak i egen tjeneste til samarbeid med andre tjenester. Tvang er siste utvei, etter at frivillige tiltak er prøvd.",
    "Å fjerne flasker, overvåke eller bestemme over hodet på den eldre er umyndiggjøring. Det flytter drikkingen i skjul og kan føre til at hjelpen blir sagt opp.",
    "Bekymringsnivået skal justeres både opp og ned. Når tiltak virker, fortsetter oppfølgingen – alkohol og legemidler er et fast tema, ikke et prosjekt med sluttdato.",
  },
  references = {
    "Helsedirektoratet: Nasjonal faglig veileder for vanedannende legemidler, avsnittet om eldre. https://www.helsedirektoratet.no/retningslinjer/vanedannende-legemidler",
    "KoRus Sør: Aldring og rus, med brosjyren «Aldring og helse – hva med alkohol?» (KoRus og Helsedirektoratet). https://www.korus-sor.no/aldring-og-rus/",
    "Aldring og helse: Bruk av alkohol og vanedannende legemidler hos eldre norske hjemmetjenestemottakere. https://www.aldringoghelse.no/forskningsartikler/bruk-av-alkohol-og-vanedannende-legemidler-hos-eldre-norske-hjemmetjenestemottakere/",
    "Aldring og helse: Er du trygg nok i jobben til å ta den vanskelige samtalen om alkohol? https://www.aldringoghelse.no/er-du-trygg-nok-i-jobben-til-a-ta-den-vanskelige-samtalen-om-alkohol/",
    "Helsedirektoratet: Pasient- og brukerrettighetsloven med kommentarer, § 4-3 Hvem som har samtykkekompetanse. https://www.helsedirektoratet.no/rundskriv/pasient-og-brukerrettighetsloven-med-kommentarer/samtykke-til-helsehjelp/hvem-som-har-samtykkekompetanse",
    "Frivillighet og tvang: Pårørendemedvirkning og taushetsplikt. https://frivillighetogtvang.no/parorendemedvirkning-og-taushetsplikt/",
    "Helsedirektoratet: Motiverende intervju (MI) som metode. https://www.helsedirektoratet.no/tema/motiverende-intervju-mi/motiverende-intervju-som-metode",
    "KoRus Oslo: Tvangstiltak overfor rusmiddelavhengige (helse- og omsorgstjenesteloven kapittel 10). https://korusoslo.no/tvangstiltak-overfor-rusmiddelavhengige/",
    "Helsedirektoratet (2009): «Fra bekymring til handling» (IS-1742), med et livsløpsperspektiv som også omfatter eldre. Veilederen ble i 2019 erstattet av Nasjonal faglig retningslinje for tidlig oppdagelse av utsatte barn og unge (IS-2826), som ikke handler om eldre; for eldre bygger casen på kildene over.",
  },
}

-- Personer ----------------------------------------------------------------

character {
  id = "kaare",
  name = "Kåre Lunde (81)",
  description = "Pensjonert lærer. Kona Solveig døde i mars. Bor alene i "
    .. "huset der han har bodd i over femti år, sammen med hunden Bamse.",
}

character {
  id = "hilde",
  name = "Hilde Lunde (52)",
  description = "Kåres datter. Bor en halvtime unna og kommer innom hver søndag.",
}

character {
  id = "tone",
  name = "Tone",
  description = "Helsefagarbeider i samme hjemmesykepleiegruppe som deg.",
}

character {
  id = "lege",
  name = "Randi Hauge, fastlege",
  description = "Har vært Kåres fastlege i over tretti år.",
}

-- Observasjoner -------------------------------------------------------------

-- telefon
observation {
  id = "fall_to", kind = "risk", weight = 2,
  text = "To fall på en måned",
  explain = "Gjentatte fall er et av de tydeligste signalene hos eldre som "
    .. "bruker alkohol og sovemidler. Fallene kan ha andre årsaker, men de gir "
    .. "grunn til å spørre konkret om alkohol og legemidler – ikke bare om "
    .. "tepper og dørterskler.",
}
observation {
  id = "sov_dagtid", kind = "risk",
  text = "Sov i stolen midt på dagen, og det luktet vin i stua",
  explain = "Søvn på dagtid og alkohollukt er signaler. Opplysningene kommer "
    .. "fra datteren, men pårørendes bekymring er i seg selv et tegn å ta på "
    .. "alvor. Du kan ta imot det Hilde forteller uten å bryte "
    .. "taushetsplikten.",
}
observation {
  id = "hilde_sondager", kind = "protective",
  text = "Datteren kommer hver søndag og handler for ham",
  explain = "En pårørende som bryr seg og kommer jevnlig, er en ressurs og en "
    .. "del av nettverket hans. Men hun er ikke en del av helsetjenesten: hva "
    .. "hun skal få vite, bestemmer Kåre så lenge han er samtykkekompetent.",
}

-- besok1
observation {
  id = "pen_fasade", kind = "risk",
  text = "Nybarbert og pent kledd, med kaffe klar til avtalt tid",
  explain = "Felle. Det ser beroligende ut, men en pen fasade når "
    .. "hjemmetjenesten kommer til avtalt tid sier lite om hvordan kveldene og "
    .. "nettene er. At noen skjerper seg til besøk, nevnes nettopp som et "
    .. "mulig tegn hos eldre som drikker. Det er ikke bevis på noe – men heller "
    .. "ingen grunn til å slå seg til ro.",
}
observation {
  id = "hund_tur", kind = "protective",
  text = "Går tur med hunden rundt vannet hver morgen",
  explain = "Hunden gir ham en fast rytme, fysisk aktivitet og en grunn til å "
    .. "stå opp. Det er en beskyttende faktor – og et godt utgangspunkt i "
    .. "samtalen: hva betyr det for ham å klare turene med Bamse?",
}
observation {
  id = "blaamerke", kind = "neutral",
  text = "Blåmerke på armen, forklart med bildøra og blodfortynnende",
  explain = "Med blodfortynnende får man lett blåmerker, og årsaken er kjent "
    .. "og sannsynlig. Alene er dette ikke et tegn på verken alkohol eller fall. "
    .. "Men merk deg det blodfortynnende: det gjør et fall med hodeskade "
    .. "farligere.",
}
observation {
  id = "brusposer", kind = "neutral",
  text = "Poser med tomme brusflasker etter barnebarnas besøk",
  explain = "Pant etter et bursdagsselskap er en dagligdags detalj, og her er "
    .. "det brus. Du blir ikke flinkere til å se signaler av å lete etter "
    .. "«bevis» i alt du ser; hold deg til det du faktisk observerer.",
}
observation {
  id = "glatt_gulv", kind = "risk",
  text = "Forklarer fallet med glatt baderomsgulv",
  explain = "Felle. Forklaringen kan godt være sann, men et fall som forklares "
    .. "med glatt gulv eller «gamle bein», uten at noen har spurt om alkohol og "
    .. "sovemidler, er en klassisk felle. Med to fall på en måned og zopiklon "
    .. "på kjøkkenbenken er det grunn til å spørre konkret.",
}

-- samtale
observation {
  id = "rodvin_sove", kind = "risk",
  text = "«Bare litt rødvin for å få sove», i tillegg til zopiklon",
  explain = "Felle. Det høres uskyldig ut, men et par glass hver kveld er "
    .. "daglig bruk, og alkohol forsterker virkningen av zopiklon. Med alderen "
    .. "brytes både alkohol og legemidler saktere ned, så virkningen blir "
    .. "sterkere og varer lenger. Alkohol brukt som sovemedisin er et kjent "
    .. "risikomønster hos eldre.",
}
observation {
  id = "ekstra_tablett", kind = "risk", weight = 2,
  text = "Tar en ekstra sovetablett når han våkner om natten",
  explain = "Dobbel dose sovemiddel midt på natten, etter vin om kvelden, gir "
    .. "stor fare for svimmelhet og fall når han står opp. Langvarig daglig "
    .. "bruk av sovemidler frarådes hos eldre, og kombinasjonen med alkohol er "
    .. "noe legen må vite om.",
}
observation {
  id = "savner_kona", kind = "risk",
  text = "Mistet kona i mars; nettene er verst",
  explain = "Tap av ektefelle, ensomhet og søvnvansker er kjente "
    .. "risikofaktorer for at eldre begynner å bruke alkohol som trøst eller "
    .. "sovemedisin. Sorg er ikke sykdom, men vær også oppmerksom på tegn til "
    .. "depresjon.",
}
observation {
  id = "vil_bo_hjemme", kind = "protective",
  text = "Vil bo hjemme og klare seg selv med hunden",
  explain = "Et tydelig ønske om å klare seg selv, og følelsen av kontroll "
    .. "over eget liv, beskytter. Det er også en god inngang for motiverende "
    .. "intervju: hva skal til for at han kan fortsette å bo hjemme? Å ville "
    .. "bo hjemme er ikke et tegn på manglende innsikt.",
}
observation {
  id = "tillit_lege", kind = "protective",
  text = "Har hatt samme fastlege i over tretti år og stoler på henne",
  explain = "En tillitsfull relasjon til fastlegen er en beskyttende faktor og "
    .. "den naturlige veien til en legemiddelgjennomgang.",
}

-- avvisning
observation {
  id = "skjelving", kind = "risk",
  text = "Hånden skjelver når han løfter koppen om formiddagen",
  explain = "Skjelving og svetting hører med blant signalene på hjemmebesøk, "
    .. "og om formiddagen kan det være abstinens etter kveldens drikking. Det "
    .. "kan også ha andre årsaker – sykdom, alder eller sinne her og nå. Noter "
    .. "det og se det sammen med resten, men trekk ingen slutning av det "
    .. "alene.",
}
observation {
  id = "si_opp", kind = "risk",
  text = "Truer med å si opp hjemmesykepleien",
  explain = "Hjemmesykepleien er hans viktigste kontakt med hjelpeapparatet. "
    .. "Sier han den opp, forsvinner både sårstellet og muligheten til å se "
    .. "hvordan han har det. Å takke nei til hjelp øker risikoen – og her er "
    .. "det et svar på måten temaet ble tatt opp på.",
}

-- fastlege
observation {
  id = "fornyet_resept", kind = "risk",
  text = "Zopiklon fornyet to ganger på telefon uten konsultasjon",
  explain = "Sovemidler til eldre bør gis i kort tid og lav dose og vurderes "
    .. "jevnlig. Når resepten fornyes uten at noen ser pasienten, er det ingen "
    .. "som fanger opp fall, alkohol og ekstra tabletter. Det er nettopp dette "
    .. "en legemiddelgjennomgang skal rydde opp i.",
}
observation {
  id = "blodfortynnende", kind = "risk",
  text = "Bruker blodfortynnende og faller",
  explain = "Blodfortynnende øker faren for alvorlig blødning hvis han slår "
    .. "hodet. Det gjør fallforebygging enda viktigere – og betyr at et fall "
    .. "med hodeskade må vurderes av lege straks.",
}

-- teammote
observation {
  id = "gjemte_flasker", kind = "risk", weight = 2,
  text = "Tomme vinflasker gjemt under skittentøyet",
  explain = "Gjemte flasker er et av signalene som nevnes spesielt hos eldre. "
    .. "At han skjuler dem, kan tyde på skam og på at han drikker mer enn han "
    .. "sier. Det er grunn til å ta det opp – med ham, ikke bak ryggen hans – "
    .. "men det er ingen diagnose.",
}
observation {
  id = "kaffe_sondag", kind = "protective",
  text = "Drakk bare kaffe og var i form da barnebarna var der",
  explain = "Alkoholfrie dager viser at han kan styre drikkingen, og "
    .. "barnebarna betyr mye for ham. Begge deler er ressurser å bygge på i "
    .. "samtalen. Det opphever ikke de andre signalene.",
}
observation {
  id = "glemte_navn", kind = "neutral",
  text = "Spurte en ny vikar om navnet hennes to ganger",
  explain = "Å glemme navnet til en man møter for første gang er vanlig i alle "
    .. "aldre. Alene er det ikke et tegn på verken rus eller demens. Kommer det "
    .. "flere tegn på svekket hukommelse, bør fastlegen vurdere det.",
}

-- fallet
observation {
  id = "kutt_tinning", kind = "risk", weight = 2,
  text = "Kutt i tinningen, og han vet ikke når han falt",
  explain = "En hodeskade hos en som bruker blodfortynnende kan gi blødning "
    .. "inne i hodet, og symptomene kan komme timer senere. Når han ikke vet "
    .. "når han falt, kan han ha ligget lenge. Det skal vurderes av lege nå.",
}
observation {
  id = "forvirret", kind = "risk", weight = 2,
  text = "Kjenner deg ikke igjen med en gang",
  explain = "Akutt forvirring etter et fall kan skyldes hodeskade, alkohol og "
    .. "sovemiddel eller delirium. Det er et faresignal i seg selv – og det "
    .. "betyr at et «nei» fra ham nå ikke uten videre er et informert valg.",
}
observation {
  id = "vin_morgen", kind = "risk",
  text = "Lukter vin om morgenen; sovemiddelesken står åpen",
  explain = "Alkohol og sovemiddel i kroppen forklarer trolig fallet og kan "
    .. "forsterke forvirringen. Legevakten må få vite det, for det har "
    .. "betydning for vurderingen.",
}

-- etter_legevakt
observation {
  id = "sier_det_selv", kind = "protective",
  text = "Forteller selv hvor mye han drakk, og at han skremte dere",
  explain = "Han setter selv ord på drikkingen og hva den førte til. Slik "
    .. "åpenhet er en viktig ressurs: det er et godt øyeblikk for en samtale om "
    .. "endring, på hans premisser.",
}
observation {
  id = "epikrise", kind = "protective",
  text = "Sykehuset anbefaler nedtrapping og oppfølging hos fastlegen",
  explain = "Nå finnes en medisinsk plan og en fastlege som skal følge opp. "
    .. "Jevnlig legemiddelgjennomgang og samarbeid mellom fastlege og "
    .. "hjemmesykepleie er beskyttende faktorer.",
}

-- seks_uker
observation {
  id = "kaffetreff", kind = "protective",
  text = "Naboen inviterer ham til kaffetreff for menn",
  explain = "Sosialt nettverk og faste aktiviteter beskytter mot ensomhet, som "
    .. "var en av grunnene til at han drakk. Invitasjonen er en ressurs – men "
    .. "det er han som må ville gå.",
}
observation {
  id = "lange_netter", kind = "risk",
  text = "Nettene er fortsatt lange",
  explain = "Søvnvansker og sorg er der fortsatt, selv om vinen og tablettene "
    .. "er redusert. Det var nettopp nettene som var grunnen til vinen og den "
    .. "ekstra tabletten, så faren for tilbakefall er reell. Oppfølgingen må "
    .. "fortsette.",
}
observation {
  id = "konfirmasjon", kind = "neutral",
  text = "Spør om han kan ta et glass vin i barnebarnets konfirmasjon",
  explain = "Et konkret spørsmål om én anledning er verken et faresignal eller "
    .. "et bevis på at alt er i orden. Det er en mulighet til å gi kunnskap om "
    .. "hvordan alkohol virker sammen med sovemiddelet han trapper ned, og til "
    .. "å høre hva han selv tenker.",
}

-- Scener --------------------------------------------------------------------

scene {
  id = "telefon", title = "Telefon fra datteren",
  text = [[
    Mandag formiddag på kontoret til hjemmesykepleien. Dere har vært hos Kåre
    to ganger i uka siden i vår for å stelle leggsåret og hjelpe ham med
    kompresjonsstrømpene. Kona hans, Solveig, døde i mars.

    Telefonen ringer. Det er datteren hans, Hilde.

    hilde: Jeg ringer fordi jeg er urolig for pappa. Han har falt to ganger på
    en måned, sist på badet. Selv sier han at det ikke er noe å snakke om.

    hilde: Da jeg kom på søndag klokka tre, satt han og sov i stolen, og det
    luktet vin i stua. Og så har han jo fått sovetabletter av legen.

    hilde: Jeg kommer hver søndag og handler for ham, men jeg ser ham bare noen
    timer i uka. Dere er der to ganger. Kan ikke du finne ut om han drikker, og
    si fra til meg? Men ikke si til ham at jeg har ringt.

    I journalen ser du at begge fallene er notert. Etter det første hadde han
    skrubbsår i håndflatene. Det andre oppdaget en kollega fordi han haltet.
  ]],
  observe = { "fall_to", "sov_dagtid", "hilde_sondager" },
  concern = 2,
  facilitator = [[
    Ekspertens nivå: 2 (undring). Hilde gir konkrete opplysninger – to fall,
    søvn på dagtid, vinlukt, sovetabletter og et nylig dødsfall – og
    pårørendes uro er et signal i seg selv. Men nesten alt er andrehånds, og
    ingen har snakket med Kåre om det. Neste steg er å se selv og snakke med
    ham. 3 (noe bekymring) kan forsvares fordi fallene står i journalen; 1 er
    for lavt, og 4–5 er for høyt før du har møtt ham.

    Spørsmål til gruppen: Hva kan du si til Hilde, og hva kan du ikke si? Kan du
    ta imot opplysninger fra en pårørende uten at pasienten vet om det? Hva gjør
    du med ønsket hennes om å være anonym – når Kåre som hovedregel kan få
    lese det du skriver i journalen?
  ]],
  choices = {
    { id = "lytt_forklar",
      text = "Lytt, og takk for at hun ringte. Forklar at du ikke kan fortelle "
        .. "henne om farens helse uten at han samtykker, men at du selv vil ta "
        .. "opp fallene med ham. Oppfordre henne til å si til ham at hun er "
        .. "bekymret.",
      next = "besok1",
      score = { samtale = 1, samarbeid = 1, jus = 2 },
      feedback = "Godt valg. Du tar pårørendes bekymring på alvor og får "
        .. "viktige opplysninger, samtidig som du er ærlig om taushetsplikten: "
        .. "Kåre er en voksen, samtykkekompetent mann, og det er han som "
        .. "bestemmer hva Hilde skal få vite. Du lover ikke å holde samtalen "
        .. "hemmelig – han har som hovedregel rett til innsyn i journalen "
        .. "sin – og du bygger videre på det du selv kan observere. Er Hilde "
        .. "åpen med faren om uroen sin, blir det lettere for alle å snakke "
        .. "sammen senere.",
    },
    { id = "lov_rapport",
      text = "Lov Hilde å følge diskret med på de neste besøkene og ringe "
        .. "henne tilbake med det du finner ut.",
      next = "besok1",
      set = { lovet_hilde = true },
      score = { samtale = 1, jus = -2 },
      feedback = "Godt ment, men skadelig. Du lover noe du ikke kan holde: det "
        .. "du får vite om Kåres helse, alkoholbruk og legemidler er underlagt "
        .. "taushetsplikt og kan bare deles med Hilde hvis han samtykker. "
        .. "Løftet gjør deg til datterens observatør i hans hjem og setter deg "
        .. "i en skvis når hun ringer igjen. Lytt gjerne – men vær tydelig på "
        .. "hva du kan og ikke kan gjøre.",
    },
    { id = "privatsak",
      text = "Si at hvor mye en voksen mann drikker, er hans private sak så "
        .. "lenge han klarer seg, og at hjemmesykepleien er der for å stelle "
        .. "leggsåret.",
      next = "besok1",
      set = { hilde_avvist = true },
      score = { signaler = -1, samarbeid = -1 },
      feedback = "En vanlig feil. Ser vi på alkohol som en privatsak – eller "
        .. "lar være å spørre fordi personen er gammel – blir signalene "
        .. "liggende. Fall, sovetabletter og alkohol er en kjent farlig "
        .. "kombinasjon hos eldre, og det er hjemmesykepleien som ser ham "
        .. "jevnlig. Du kan respektere taushetsplikten og Kåres "
        .. "selvbestemmelse og likevel ta Hildes uro på alvor og følge den opp "
        .. "med ham.",
    },
  },
}

scene {
  id = "besok1", title = "Besøk hos Kåre",
  text = function(s)
    return avsnitt {
      "Onsdag klokka ti, til avtalt tid. Kåre åpner før du rekker å ringe på. "
        .. "Han er nybarbert og har på seg en strøken skjorte. På kjøkkenbordet "
        .. "står kaffe og to kopper.",
      "kaare: Der er du jo! Bamse har sittet i vinduet og ventet. Vi har gått "
        .. "runden rundt vannet allerede – det gjør vi hver morgen.",
      "Mens du steller leggsåret, ser du et gulgrønt blåmerke på underarmen "
        .. "hans. Han sier at han slo armen i bildøra forrige uke. Han bruker "
        .. "blodfortynnende, og da «blir det blått av ingenting».",
      "Ved ytterdøra står to bæreposer med tomme brusflasker og bokser.",
      "kaare: Barnebarna var her på lørdag og feiret bursdagen til "
        .. "minstejenta. Det er panten hennes.",
      "Du nevner at det står to fall i journalen den siste måneden.",
      "kaare: Det var glatt på badegulvet etter dusjen, det er hele historien. "
        .. "Fliser og gamle bein, vet du. Ellers har jeg det helt fint.",
      "På kjøkkenbenken, ved siden av brødboksen, ligger en eske zopiklon – "
        .. "sovetablettene fastlegen skrev ut i vår.",
      s.lovet_hilde and "Du tenker på løftet du ga Hilde." or false,
    }
  end,
  observe = { "pen_fasade", "hund_tur", "blaamerke", "brusposer", "glatt_gulv" },
  concern = 3,
  facilitator = [[
    Ekspertens nivå: 3 (noe bekymring – tiltak i egen tjeneste). Nå har du egne
    observasjoner: to fall i journalen, et sovemiddel han styrer selv, en
    fallforklaring ingen har undersøkt, og et nylig tap. Sammen med det Hilde
    fortalte er det nok til å ta opp alkohol og legemidler konkret og planlegge
    tiltak i egen tjeneste. 2 kan forsvares hvis man bare ser på det Kåre selv
    viser; 4 (stor bekymring, samarbeid på tvers) er for tidlig før du har
    snakket med ham.
    Legg merke til hvor mye den pene fasaden og hunden demper magefølelsen.

    Spørsmål: Hvilke detaljer er signaler, og hvilke er bare hverdagsliv?
    Hvordan kan du ta opp alkohol uten å bygge på det Hilde fortalte? Hva er
    forskjellen på å dele det du har sett og å si det du tror?
  ]],
  choices = {
    { id = "spor_konkret",
      text = "Si hva du har sett – to fall på kort tid – og spør konkret om "
        .. "søvnen, om alkohol og om alle legemidlene han bruker, også de uten "
        .. "resept. Forklar at du spør alle om dette.",
      next = "samtale",
      add = { tillit = 1 },
      score = { signaler = 2, samtale = 2 },
      feedback = "Godt valg. Du tar utgangspunkt i noe dere begge vet – fallene "
        .. "i journalen – og ikke i det Hilde har fortalt eller det du tror. Å "
        .. "si at du spør alle, gjør temaet mindre skamfullt. Konkrete "
        .. "spørsmål om alkohol og alle legemidler er første trinn i "
        .. "handlingstrappen for eldre. De tre spørsmålene i AUDIT-C (hvor ofte, "
        .. "hvor mye, og hvor ofte mye på én gang) kan være en god samtaleåpner, "
        .. "men de stiller ingen diagnose.",
    },
    { id = "bare_fall",
      text = "Hold deg til fallene: foreslå ergoterapeut, håndtak på badet og "
        .. "sklimatte. Alkohol tar du ikke opp før han nevner det selv.",
      next = "teammote",
      set = { fallforebygging = true },
      score = { signaler = -1, samarbeid = 1 },
      feedback = "Delvis riktig. Fallforebygging trengs, og ergoterapeuten er "
        .. "en god samarbeidspartner. Men du godtar forklaringen om det glatte "
        .. "gulvet og unngår det temaet som kanskje betyr mest. Alkohol sammen "
        .. "med sovemidler gir svimmelhet og dårlig balanse, og det hjelper "
        .. "ikke håndtak mot. Få eldre tar opp alkohol selv; tabuet gjelder "
        .. "både dem og helsepersonell.",
    },
    { id = "konfronter",
      text = "Si rett ut at du vet at han drikker vin om kveldene, og at det "
        .. "ikke går sammen med sovetablettene.",
      next = "avvisning",
      add = { tillit = -2 },
      score = { signaler = 1, samtale = -2 },
      feedback = "Kunnskapen er riktig – alkohol og zopiklon forsterker "
        .. "hverandre – men du legger fram noe du ikke har sett selv som et "
        .. "faktum, og han skjønner straks hvor det kommer fra. Konfrontasjon "
        .. "skaper motstand, og motstand henger sammen med at folk ikke endrer "
        .. "seg. Del det du har observert, og spør heller enn å konstatere.",
    },
    { id = "snok",
      text = "Mens han er på badet, kikker du raskt i kjøkkenskapet og "
        .. "søppelbøtta etter flasker. Du lovte jo Hilde å finne ut av det.",
      when = function(s) return s.lovet_hilde end,
      next = "teammote",
      set = { snoket = true },
      score = { samtale = -1, jus = -2 },
      feedback = "Godt ment, men skadelig. Hjemmet er hans, og du er der for å "
        .. "gi helsehjelp, ikke for å gå gjennom skapene hans. Det du finner på "
        .. "denne måten, kan du verken ta opp åpent med ham eller dele med "
        .. "Hilde uten samtykke – og du har fortsatt ikke snakket med ham. "
        .. "Oppdager han det, er tilliten borte. Spør heller.",
    },
  },
}

scene {
  id = "samtale", title = "Ved kjøkkenbordet",
  text = [[
    Kåre ser ut av vinduet en stund før han svarer.

    kaare: Sovetablettene fikk jeg av doktor Hauge rett etter begravelsen. Jeg
    tar én når jeg legger meg. Og så tar jeg et par glass rødvin til
    kveldsnyhetene. Bare litt rødvin for å få sove – det har ingen dødd av.

    du: Hvordan er nettene for deg nå?

    kaare: Nettene er verst. Jeg våkner ved tretiden og kjenner at Solveig ikke
    er der. Da hender det at jeg tar en tablett til. Det er langt til morgenen.

    kaare: Men én ting skal du vite: jeg skal ikke på hjem. Jeg har bodd i dette
    huset i femtito år, og jeg skal klare meg her med Bamse.

    Han forteller at doktor Hauge har vært fastlegen hans i over tretti år.
    «Hun er grei å snakke med, hun», sier han.
  ]],
  observe = { "rodvin_sove", "ekstra_tablett", "savner_kona", "vil_bo_hjemme",
              "tillit_lege" },
  facilitator = [[
    Her åpner Kåre seg. Legg merke til ambivalensen: han vil sove og slippe
    nettene, og han vil klare seg selv. Det siste er drivkraften du kan bygge
    på. Nivået ligger fortsatt på 3: nå vet du mer, men det er fortsatt tiltak
    i egen tjeneste og samarbeid med fastlegen som er neste steg.

    Spørsmål: Hvilke av Kåres egne ord kan du speile? Hvordan gir du
    informasjon om vin og sovetabletter uten å preke? Hva må han vite for at
    samtykket til å kontakte fastlegen skal være gyldig, og hvordan
    dokumenterer du samtykket – og et eventuelt nei?
  ]],
  choices = {
    { id = "mi_samtykke",
      text = "Speil det han sier om nettene og om å klare seg hjemme. Spør om du "
        .. "kan fortelle hva du vet om vin og sovetabletter, og foreslå at "
        .. "doktor Hauge går gjennom alle medisinene hans. Spør om du får "
        .. "kontakte henne, og hva Hilde skal få vite.",
      next = "fastlege",
      add = { tillit = 1 },
      set = { samtykke_hilde = true,
              hilde_kan_vite = "at han har bedt fastlegen om å gå gjennom medisinene" },
      score = { samtale = 2, samarbeid = 2, jus = 1 },
      feedback = "Godt valg. Du speiler før du informerer, og du ber om lov før "
        .. "du gir råd – slik holder du korrigeringsrefleksen, trangen til å "
        .. "rette på og gi råd, i sjakk. Du bygger på hans eget mål: å klare "
        .. "seg hjemme med Bamse. En "
        .. "legemiddelgjennomgang hos fastlegen er neste trinn i "
        .. "handlingstrappen. Samtykket er informert når han vet hvorfor du "
        .. "ringer legen, hva du skal si, og at han kan trekke det tilbake. Han "
        .. "bestemmer også hva Hilde skal få vite. Skriv begge deler i "
        .. "journalen.",
    },
    { id = "preken",
      text = "Forklar tydelig hvor farlig vin og sovetabletter er sammen, gi ham "
        .. "en brosjyre og si at han må slutte med vinen om kvelden.",
      next = "teammote",
      add = { tillit = -1 },
      score = { signaler = 1, samtale = -1 },
      feedback = "Fakta er riktige, men formen virker mot sin hensikt. Råd ingen "
        .. "har bedt om og formaninger vekker motstand, og da forteller han deg "
        .. "mindre neste gang. Du har heller ikke spurt om samtykke til å "
        .. "kontakte fastlegen, så det blir ingen legemiddelgjennomgang. "
        .. "Informasjon virker best når du først spør om han vil høre den, og "
        .. "etterpå spør hva han tenker om den.",
    },
    { id = "bagatelliser",
      text = "Si at et par glass vin er vanlig i hans alder, og skriv i "
        .. "journalen at han har et moderat alkoholforbruk.",
      next = "teammote",
      score = { signaler = -2, samarbeid = -1 },
      feedback = "Her blir risikoen normalisert. Norske myndigheter har ingen "
        .. "«trygge grenser» for eldre, og kroppen tåler mindre med alderen. "
        .. "Daglig vin, zopiklon, ekstra tabletter om natten og to fall gir til "
        .. "sammen et tydelig risikobilde. Ordet «moderat» i journalen får også "
        .. "kollegene dine til å senke skuldrene.",
    },
  },
}

scene {
  id = "avvisning", title = "Døra lukkes",
  text = [[
    Kåre setter fra seg kaffekoppen så det skramler. Da han løfter den igjen,
    skjelver hånden, og kaffen skvulper over.

    kaare: Så Hilde har ringt dere. Jeg har drukket vin til maten hele livet,
    og jeg er åttien år gammel.

    kaare: Dere kommer hit for å stelle leggen min. Skal det bli forhør hver
    gang, kan jeg like godt si opp hjemmesykepleien og stelle den selv.

    Bamse legger seg tett inntil beina hans.
  ]],
  observe = { "skjelving", "si_opp" },
  facilitator = [[
    Konfrontasjonen ga motstand. Nå handler det om å reparere uten å gi opp
    bekymringen. Skjelvingen er et signal å notere, men ikke å trekke
    slutninger av alene.

    Spørsmål: Hvordan kan du beklage formen uten å trekke tilbake uroen din?
    Hva betyr det i praksis at han bestemmer over sitt eget liv? Hva må stå i
    journalen etter et besøk som dette?
  ]],
  choices = {
    { id = "reparer",
      text = "Beklag måten du tok det opp på. Si at han bestemmer over sitt eget "
        .. "liv, men at fallene gjør deg urolig, og spør om dere kan snakke om "
        .. "søvnen neste gang.",
      next = "teammote",
      add = { tillit = 2 },
      score = { samtale = 2, jus = 1 },
      feedback = "Godt valg. Du tar ansvar for formen uten å gi opp saken, og du "
        .. "knytter uroen din til noe konkret: fallene. Du anerkjenner at han "
        .. "er samtykkekompetent og kan si nei, og du holder døra åpen for en "
        .. "ny samtale. Husk å dokumentere det du har sett, også skjelvingen.",
    },
    { id = "forsvar",
      text = "Forklar at Hilde bare vil hans beste, og at vin og sovetabletter "
        .. "faktisk er farlig i hans alder.",
      next = "teammote",
      add = { tillit = -1 },
      score = { signaler = 1, samtale = -2 },
      feedback = "Å argumentere når noen gjør motstand, øker motstanden. "
        .. "Kunnskapen er riktig, men nå hører han at du og datteren står "
        .. "sammen mot ham. Da blir det mindre sannsynlig at han forteller deg "
        .. "noe neste gang.",
    },
    { id = "legg_bort",
      text = "Lov at dere ikke skal snakke om dette igjen, og la være å skrive "
        .. "noe om samtalen i journalen, så han slipper å føle seg overvåket.",
      next = "teammote",
      set = { ikke_dokumentert = true },
      score = { signaler = -1, samarbeid = -2 },
      feedback = "Godt ment, men skadelig. Helsepersonell har plikt til å "
        .. "dokumentere relevante opplysninger om helsehjelpen, og uten "
        .. "journalnotat mister kollegene bildet av fall, skjelving og "
        .. "sovemidler. Løftet om aldri å ta det opp igjen lukker dessuten en "
        .. "dør du trenger senere. Du kan respektere tempoet hans uten å love "
        .. "taushet.",
    },
  },
}

scene {
  id = "fastlege", title = "Telefon til fastlegen",
  text = [[
    Kåre har sagt ja til at du ringer fastlegen, og han vet hva du skal
    fortelle: om fallene, om vinen og om tablettene. Han har også sagt at Hilde
    kan få vite {hilde_kan_vite} – men ikke mer.

    Dagen etter får du doktor Randi Hauge på telefonen i lunsjpausen hennes.

    lege: Takk for at du ringer. Zopiklonen skrev jeg ut i mars, i en tung tid.
    Han har fornyet resepten to ganger på telefon siden, og jeg har ikke sett
    ham på kontoret siden i vår.

    lege: Han bruker jo blodfortynnende også, og nå sier du at han faller. Hva
    har dere sett?

    Hun har fem minutter før neste pasient.
  ]],
  observe = { "fornyet_resept", "blodfortynnende" },
  facilitator = [[
    Dette er samarbeid i praksis, innenfor samtykket. Fastlegen trenger en kort
    og konkret rapport, ikke en lang historie.

    Spørsmål: Hva er det viktigste fastlegen må få vite på fem minutter? Hva
    skal til for at legemiddelgjennomgangen bygger på det han faktisk tar – og
    ikke bare på det som står på lista? Hvem følger opp hva, og når?
  ]],
  choices = {
    { id = "konkret",
      text = "Gi en kort og konkret rapport: to fall på en måned, zopiklon hver "
        .. "kveld og av og til en ekstra om natten, et par glass vin hver kveld, "
        .. "sorg etter kona. Be om legemiddelgjennomgang, og avtal hvem som "
        .. "følger opp hva.",
      next = "teammote",
      set = { lmg = true },
      score = { signaler = 1, samarbeid = 2, jus = 1 },
      feedback = "Godt valg. En legemiddelgjennomgang starter med en fullstendig "
        .. "og riktig liste over det han faktisk bruker – derfor må både den "
        .. "ekstra tabletten og vinen med. Du holder deg innenfor det Kåre har "
        .. "samtykket til, og dere avtaler ansvar og oppfølging. Slik skal "
        .. "samarbeidet mellom hjemmesykepleien og fastlegen fungere.",
    },
    { id = "skjul_vin",
      text = "Be henne vurdere et mildere sovemiddel, men ikke nevn vinen. Det "
        .. "fortalte han deg i fortrolighet.",
      next = "teammote",
      set = { byttet_sovemiddel = true },
      score = { signaler = -1, samarbeid = -1 },
      feedback = "Godt ment, men det slår feil. Kåre har samtykket til at du "
        .. "forteller legen om vinen, og det er nettopp den opplysningen hun "
        .. "trenger for å vurdere sovemidlene. Taushetsplikten hindrer deg ikke "
        .. "i å dele det pasienten har sagt ja til. Det er legen som vurderer "
        .. "legemidlene; din oppgave er å gi henne et fullstendig bilde. Et nytt "
        .. "sovemiddel sammen med alkohol gir fortsatt fare for fall.",
    },
    { id = "bo_alene",
      text = "Fortell alt du vet, også det Hilde sa, og be legen vurdere om han "
        .. "fortsatt kan bo alene.",
      next = "teammote",
      set = { lmg = true, bo_alene = true },
      add = { tillit = -1 },
      score = { signaler = 1, samarbeid = 1, samtale = -1 },
      feedback = "Opplysningene er relevante for legen, men du hopper over flere "
        .. "trinn. Kåre har sagt tydelig at han vil bo hjemme, og ingenting "
        .. "tyder på at han ikke kan det med riktig hjelp. Spørsmålet om å bo "
        .. "alene flytter oppmerksomheten bort fra det som kan gjøres nå – "
        .. "legemiddelgjennomgang og fallforebygging – og kan skade tilliten "
        .. "hvis han får høre at det er tatt opp.",
    },
  },
}

scene {
  id = "teammote", title = "Drøfting i teamet",
  text = function(s)
    local status = false
    if s.lmg then
      status = "Du forteller at doktor Hauge har satt opp en "
        .. "legemiddelgjennomgang med Kåre neste uke."
    elseif s.byttet_sovemiddel then
      status = "Du forteller at doktor Hauge skal bytte til et annet sovemiddel."
    end
    return avsnitt {
      "Mandag er det teammøte, og du tar opp Kåre. Tone, som hadde helgevakt, "
        .. "har noe å fortelle.",
      "tone: Da jeg skulle legge rene håndklær på badet på søndag, lå det tre "
        .. "tomme vinflasker under skittentøyet i kurven. Jeg sa ingenting.",
      "tone: Men Hilde og barnebarna kom på ettermiddagen, og da drakk han "
        .. "bare kaffe. Han var i kjempeform og spilte kort med ungene.",
      "En vikar har skrevet i journalen at Kåre «spurte etter navnet mitt to "
        .. "ganger – glemsk?». Det var første gang hun var hos ham.",
      status,
      s.fallforebygging and "Ergoterapeuten har vært der og bestilt håndtak "
        .. "og sklimatte til badet." or false,
      s.ikke_dokumentert and "Ingen i teamet visste om samtalen din med Kåre "
        .. "forrige uke. Den står ikke i journalen." or false,
      s.snoket and "Selv så du to tomme vinflasker i søppelbøtta da du kikket "
        .. "der forrige uke. Du har ikke sagt noe til Kåre om det." or false,
      "Teamlederen spør hva dere skal gjøre.",
      "tone: Kanskje vi bare skal ta med oss vinen vi finner, fulle og tomme "
        .. "flasker, når vi går? Og Hilde kunne be butikken om å ikke selge vin "
        .. "til ham. Det er jo for hans eget beste.",
    }
  end,
  observe = { "gjemte_flasker", "kaffe_sondag", "glemte_navn" },
  concern = 3,
  facilitator = [[
    Ekspertens nivå: 3 (noe bekymring). De gjemte flaskene styrker
    bekymringen, men Kåre fungerer i hverdagen, tar imot hjelp og kan ha alkoholfrie dager. Tiltak i
    egen tjeneste – faste observasjoner, dokumentasjon, fallforebygging,
    samtaler og legemiddelgjennomgang via fastlegen med samtykke – er ikke
    prøvd fullt ut. 4 (stor bekymring) kan forsvares hvis man mener at flere
    tjenester må inn allerede nå. Svarer noen 5: hva skulle i så fall være den
    akutte faren?

    Spørsmål: Tones forslag er godt ment. Hva er galt med det? Hvordan skiller
    dere mellom å beskytte Kåre og å ta over livet hans? Hva bør stå i planen,
    hvem har ansvaret, og når skal den evalueres? Hvorfor er det en styrke å
    drøfte saken i teamet?
  ]],
  choices = {
    { id = "plan_team",
      text = "Lag en plan i teamet: faste observasjoner av fall, søvn og alkohol "
        .. "som dokumenteres, fallforebygging, og at du som primærkontakt tar "
        .. "opp flaskene med Kåre selv. Planen evalueres om fire uker.",
      next = "hilde_igjen",
      set = { fallforebygging = true },
      score = { signaler = 1, samarbeid = 2, jus = 1 },
      feedback = "Godt valg. Dette er tiltak i egen tjeneste: systematiske "
        .. "observasjoner, dokumentasjon, fallforebygging og kontinuitet, med en "
        .. "frist for evaluering. Flaskene tas opp åpent med ham. Drøfting i "
        .. "teamet beskytter også deg: du står ikke alene med bekymringen. Har "
        .. "du ikke fått samtykke til å kontakte fastlegen ennå, er det første "
        .. "punkt på neste besøk.",
    },
    { id = "ta_flaskene",
      text = "Gjør som Tone foreslår: dere tar med dere vinen dere finner i "
        .. "huset, og du ber Hilde snakke med butikken.",
      next = "hilde_igjen",
      set = { tatt_over = true, delt_uten_samtykke = true },
      add = { tillit = -2 },
      score = { samtale = -1, jus = -2 },
      feedback = "Godt ment, men skadelig. Å fjerne vinen hans og styre hva "
        .. "han får kjøpe, er å umyndiggjøre en voksen, samtykkekompetent mann i hans "
        .. "eget hjem. Når du ber Hilde gå til butikken, forteller du henne "
        .. "dessuten om alkoholbruken hans uten samtykke. Kontroll flytter "
        .. "drikkingen i skjul og ødelegger tilliten han har til dere.",
    },
    { id = "anonym_drofting",
      text = "Drøft saken anonymt med kommunens rus- og psykisk helsetjeneste "
        .. "først, og vent med egne tiltak til dere har fått råd.",
      next = "hilde_igjen",
      score = { samarbeid = 1 },
      feedback = "Å drøfte anonymt med andre tjenester er god praksis, og rus- og "
        .. "psykisk helsetjenesten kan gi nyttige råd. Men dere har allerede nok "
        .. "til å sette i gang tiltak i egen tjeneste, og ventetiden koster når "
        .. "han faller. Drøft gjerne – men ikke som grunn til å vente.",
    },
  },
}

local function etter_hilde(s)
  if s.lmg then return "seks_uker" end
  return "fallet"
end

scene {
  id = "hilde_igjen", title = "Hilde ringer igjen",
  text = function(s)
    local samtykke
    if s.samtykke_hilde then
      samtykke = "Du husker hva Kåre sa: Hilde kan få vite {hilde_kan_vite}."
    else
      samtykke = "Kåre har ikke sagt noe om hva Hilde kan få vite."
    end
    return avsnitt {
      "Fredag ringer Hilde igjen.",
      s.hilde_avvist and "Hun er kort i tonen. Sist fikk hun høre at dette "
        .. "var farens private sak." or false,
      "hilde: Nå har det gått over en uke. Hva har du funnet ut? Drikker han? "
        .. "Jeg er datteren hans, jeg må jo få vite det.",
      s.lovet_hilde and "hilde: Du lovte å si fra." or false,
      s.tatt_over and "hilde: Jeg snakket med butikken, slik du ba om. Da "
        .. "pappa fikk nei i kassa, ble han rasende. Han har ikke villet "
        .. "snakke med meg siden." or false,
      "hilde: Mannen min og jeg mener at pappa burde flytte på sykehjem. Kan "
        .. "ikke dere søke om plass til ham?",
      samtykke,
    }
  end,
  facilitator = [[
    Her prøves taushetsplikten. Hilde har gode grunner til å være urolig, og
    hun fortjener å bli tatt på alvor – men så lenge Kåre er
    samtykkekompetent, er det han som bestemmer hva hun skal få vite.
    Sykehjem er ikke aktuelt: han vil bo hjemme, og frivillige tiltak er så
    vidt i gang. Hilde kan selv ta kontakt med kommunen hvis hun mener faren
    har et omfattende rusproblem; da skal kommunen undersøke saken
    (helse- og omsorgstjenesteloven § 10-1). Det er hennes rett, ikke noe du
    skal gjøre for henne over hodet på Kåre.

    Spørsmål: Hva kan du alltid gi Hilde, også uten samtykke (lytte, generell
    kunnskap, informasjon om tilbud til pårørende)? Hvordan svarer du hvis du
    har lovet henne mer enn du kan holde? Hvorfor er et møte der Kåre selv er
    med, bedre enn at du formidler?
  ]],
  choices = {
    { id = "del_innen",
      text = "Fortell Hilde det Kåre har sagt at hun kan få vite – ikke mer. "
        .. "Lytt til uroen hennes, og foreslå et møte der Kåre selv er med.",
      when = function(s) return s.samtykke_hilde end,
      next = etter_hilde, targets = { "seks_uker", "fallet" },
      score = { samtale = 1, samarbeid = 2, jus = 2 },
      feedback = "Godt valg. Du deler nøyaktig det Kåre har samtykket til, "
        .. "verken mer eller mindre. Du tar Hildes uro på alvor og foreslår et "
        .. "møte der han selv er med, slik at han styrer hva som blir sagt om "
        .. "ham. Sykehjem er ikke et tema nå: han er samtykkekompetent, har sagt "
        .. "tydelig at han vil bo hjemme, og frivillige tiltak er så vidt i gang.",
    },
    { id = "taus_lytt",
      text = "Si at du ikke kan fortelle om farens helse uten at han samtykker. "
        .. "Lytt, gi generell informasjon om alkohol og sovemidler hos eldre, og "
        .. "si at du vil spørre Kåre om et felles møte.",
      when = function(s) return not s.samtykke_hilde end,
      next = etter_hilde, targets = { "seks_uker", "fallet" },
      score = { samtale = 1, samarbeid = 1, jus = 2 },
      feedback = "Godt valg når du ikke har samtykke. Du bryter ikke "
        .. "taushetsplikten, men du avviser heller ikke Hilde: generell "
        .. "kunnskap om alkohol og sovemidler hos eldre kan du alltid gi, og et "
        .. "felles møte blir det bare hvis Kåre vil. Har du lovet henne mer "
        .. "tidligere, må du si ærlig at du lovet noe du ikke kunne holde. "
        .. "Sykehjem er ikke et tema nå: han er samtykkekompetent og vil bo "
        .. "hjemme.",
    },
    { id = "fortell_alt",
      text = "Fortell Hilde det du har sett og hørt om vinen og sovetablettene, "
        .. "så hun kan passe på ham.",
      next = etter_hilde, targets = { "seks_uker", "fallet" },
      set = { delt_uten_samtykke = true },
      add = { tillit = -2 },
      score = { samarbeid = -1, jus = -3 },
      feedback = "Et alvorlig brudd på taushetsplikten. At Hilde er datteren "
        .. "hans, gir henne ikke rett til opplysninger om helsen hans så lenge "
        .. "han er samtykkekompetent og ikke har sagt ja. Når han får vite det – "
        .. "og det gjør han – mister han tilliten til dere. Hadde du lovet Hilde "
        .. "å rapportere, er dette prisen for løftet: opplysningene var aldri "
        .. "dine å gi bort.",
    },
    { id = "sykehjem",
      text = "Si at du forstår dem godt, og at du kan be tildelingskontoret "
        .. "vurdere sykehjemsplass.",
      next = etter_hilde, targets = { "seks_uker", "fallet" },
      set = { sykehjem = true },
      add = { tillit = -2 },
      score = { samtale = -1, samarbeid = -1, jus = -1 },
      feedback = "Du hopper rett til det mest inngripende. Kåre er "
        .. "samtykkekompetent, han har sagt tydelig at han vil bo hjemme, og "
        .. "ingen frivillige tiltak er prøvd ut. Om han skal søke sykehjemsplass, "
        .. "er hans sak å ta stilling til. Å sette i gang en slik prosess med "
        .. "datteren, over hodet på ham, er umyndiggjøring. Svaret på "
        .. "bekymringen er mer hjelp hjemme, ikke mindre selvbestemmelse.",
    },
  },
}

scene {
  id = "fallet", title = "Tirsdag morgen",
  on_enter = function(s)
    s.akutt = true
    s.fall = s.fall + 1
  end,
  text = function(s)
    return avsnitt {
      "Tirsdag morgen, to uker senere. Kåre åpner ikke når du ringer på. Inne "
        .. "bjeffer Bamse. Du låser deg inn med nøkkelen fra nøkkelboksen.",
      "Kåre sitter på gulvet i gangen med ryggen mot veggen, i pysjamas. Han "
        .. "har et kutt i tinningen med størknet blod. Han vet ikke om han falt "
        .. "i natt eller i morges.",
      "kaare: Jeg skulle bare ut med Bamse … Hvem er du, sa du? Å, det er deg. "
        .. "Det er ingenting. Jeg skal bare hvile litt.",
      "Han lukter vin. På kjøkkenbenken står zopiklonesken åpen.",
      s.byttet_sovemiddel and "Ved siden av ligger den nye esken med "
        .. "sovemiddel som doktor Hauge skrev ut forrige uke. Det mangler "
        .. "tabletter i begge." or false,
      s.fallforebygging and "Håndtakene på badet er satt opp. Han falt i "
        .. "gangen." or false,
      s.tatt_over and "Under vasken står to kartonger med boksvin som du "
        .. "ikke har sett før." or false,
      "Journalen viser nå {fall} fall på halvannen måned. Han bruker "
        .. "blodfortynnende.",
      "kaare: Ikke ring noen. Jeg vil ikke til legen.",
    }
  end,
  observe = { "kutt_tinning", "forvirret", "vin_morgen" },
  concern = 5,
  facilitator = [[
    Ekspertens nivå: 5 (akutt). En hodeskade hos en som bruker blodfortynnende,
    sammen med forvirring og alkohol og sovemiddel i kroppen, krever
    legevurdering straks. Her er det ingen trapp å gå: akutt fare betyr
    legevakt, eller 113 hvis han blir dårligere. 4 er for lavt, for det er ikke
    tid til å planlegge samarbeid.

    Spørsmål: Kan du legge vekt på et «nei» fra en som er akutt forvirret? Hva
    er forskjellen på dette og et uklokt valg fra en som forstår hva det
    gjelder? Hvem skal informeres, og i hvilken rekkefølge? Kunne fallet vært
    forebygget – hva skulle i så fall ha skjedd for to uker siden?
  ]],
  choices = {
    { id = "legevakt",
      text = "Sjekk bevissthet, pust og blødning, la ham bli sittende og ring "
        .. "legevakten – 113 hvis han blir dårligere. Forklar rolig hva du gjør "
        .. "og hvorfor, og bli hos ham.",
      next = "etter_legevakt",
      set = { legevakt = "straks" },
      score = { signaler = 2, samarbeid = 1, jus = 2 },
      feedback = "Riktig. Hodeskade, blodfortynnende og forvirring krever "
        .. "legevurdering nå. At han sier nei, endrer ikke det: når han er akutt "
        .. "forvirret, må du vurdere om han forstår hva han sier nei til, og ved "
        .. "akutt fare skal helsepersonell gi den hjelpen som trengs. Du "
        .. "forklarer og tar ham med så langt det går. Fortell legevakten om "
        .. "alkoholen og sovemiddelet, og dokumenter det du har gjort.",
    },
    { id = "hjelp_opp",
      text = "Hjelp ham opp i stolen, rens kuttet og avtal at en kollega ser "
        .. "innom i ettermiddag. Han har jo sagt tydelig nei til lege.",
      next = "etter_legevakt",
      set = { legevakt = "nei" },
      score = { signaler = -2, jus = -2 },
      feedback = "Godt ment, men farlig. Å respektere et nei er riktig når "
        .. "personen forstår hva det gjelder. Men et nei fra en som er akutt "
        .. "forvirret etter en hodeskade, er ikke et informert valg, og "
        .. "blodfortynnende gjør at en blødning kan utvikle seg i timene "
        .. "etterpå. Å løfte ham opp før du har sjekket om noe er brukket, kan "
        .. "også skade. Her skal lege vurdere ham med en gang.",
    },
    { id = "ring_hilde",
      text = "Ring Hilde først og spør hva hun vil at du skal gjøre.",
      next = "etter_legevakt",
      set = { legevakt = "forsinket" },
      score = { signaler = 1, samarbeid = -1, jus = -1 },
      feedback = "Forståelig, men feil rekkefølge. Det kan være riktig å varsle "
        .. "nærmeste pårørende når han blir sendt videre, men Hilde kan ikke "
        .. "bestemme over helsehjelpen til faren, og ansvaret for å skaffe "
        .. "legehjelp ved akutt fare er ditt. Mens du venter på svar, går tid "
        .. "som kan være avgjørende ved en blødning.",
    },
  },
}

scene {
  id = "etter_legevakt", title = "Hjemme igjen",
  text = function(s)
    local hva
    if s.legevakt == "nei" then
      hva = "Da Tone kom innom på ettermiddagen, var Kåre mer forvirret og "
        .. "hadde kastet opp. Ambulansen kom, og CT viste en liten blødning i "
        .. "hodet. Etter en uke på sykehuset er han hjemme igjen. Han går med "
        .. "rullator nå."
    elseif s.legevakt == "forsinket" then
      hva = "Hilde tok ikke telefonen, og etter en halvtime ringte du "
        .. "legevakten likevel. Kåre ble sendt videre til CT. Det var ingen "
        .. "blødning, men han hadde hjernerystelse og var påvirket av alkohol "
        .. "og sovemiddel. Etter to døgn på sykehuset er han hjemme igjen."
    else
      hva = "Legevakten sendte Kåre videre til CT. Det var ingen blødning, men "
        .. "han hadde hjernerystelse og var påvirket av alkohol og sovemiddel. "
        .. "Etter to døgn på sykehuset er han hjemme igjen."
    end
    local hilde
    if s.delt_uten_samtykke then
      hilde = "kaare: Hilde vet visst alt om vinen allerede. Hun sa hun hadde "
        .. "det fra dere. Det hadde jeg ikke trodd."
    else
      hilde = "kaare: Men Hilde skal ikke få vite om vinen. Da vil hun bare ha "
        .. "meg på hjem."
    end
    return avsnitt {
      hva,
      "Dette er ditt første besøk etter at han kom hjem. I dag er han klar og "
        .. "orientert, men sliten. I epikrisen anbefaler sykehuset at "
        .. "zopiklonen trappes ned og seponeres, og at fastlegen følger opp "
        .. "alkoholbruken.",
      "kaare: Jeg skjønner at jeg skremte dere. Det ble tre glass den kvelden, "
        .. "og to tabletter. Jeg husker ikke at jeg sto opp.",
      hilde,
      "kaare: Tror du jeg kan klare meg her hjemme?",
    }
  end,
  observe = { "sier_det_selv", "epikrise" },
  concern = 4,
  facilitator = [[
    Ekspertens nivå: 4 (stor bekymring – samarbeid på tvers). Den akutte faren
    er over, men hendelsen viser at alkohol og sovemidler har gitt alvorlig skade. Nå
    trengs samarbeid på tvers: fastlegen om nedtrappingen, kommunens rus- og
    psykisk helsetjeneste, fallforebygging – og pårørende hvis han vil. Han er
    klar og orientert og dermed samtykkekompetent: det er han som bestemmer hva
    Hilde skal få vite. 5 passer ikke lenger, for det er ingen akutt fare, og
    vilkårene for tvang er langt unna. 3 undervurderer det som har skjedd.
    Det finnes ingen opplysningsplikt å vurdere her – ingen barn er berørt, og
    den akutte faren er over – så veien videre går gjennom samtykke.

    Spørsmål: Hvordan svarer du ærlig på spørsmålet hans? Hva betyr det at
    samtykkekompetansen vurderes konkret – hva var annerledes på gulvet i
    gangen enn i dag? Hvorfor er dette et godt tidspunkt for en samtale om
    endring?
  ]],
  choices = {
    { id = "samtykke_plan",
      text = "Svar ærlig at du tror det kan gå, med en plan. Foreslå at "
        .. "fastlegen følger opp nedtrappingen, og at rus- og psykisk "
        .. "helsetjenesten tilbyr samtaler om sorgen og vinen. Spør hva Hilde "
        .. "skal få vite, og hva han vil si til henne selv.",
      next = "familiemote",
      add = { tillit = 1 },
      set = { samtykke_hilde = true, lmg = true,
              hilde_kan_vite = "om fallet og om nedtrappingen av sovemedisinen" },
      score = { samtale = 2, samarbeid = 2, jus = 2 },
      feedback = "Godt valg. Du svarer ærlig og bygger på håpet hans om å klare "
        .. "seg hjemme. Du tilbyr samarbeid med fastlegen og rus- og psykisk "
        .. "helsetjenesten – frivillig og med samtykke. Han er "
        .. "samtykkekompetent nå, så han bestemmer hva Hilde skal få vite; at "
        .. "han vil fortelle om vinen selv, er et godt tegn. Også eldre har god "
        .. "nytte av hjelp, og en liten endring kan ha stor effekt.",
    },
    { id = "melde_tvang",
      text = "Si at du vil be kommunen vurdere sykehjem eller tilbakeholdelse "
        .. "uten samtykke, siden han ikke lenger er trygg alene.",
      next = "tilliten_brast",
      set = { brudd = "tvang" },
      add = { tillit = -3 },
      score = { samtale = -2, jus = -3 },
      feedback = "Tvang er siste utvei. Tilbakeholdelse uten samtykke krever "
        .. "blant annet omfattende og vedvarende misbruk, fare for helsen og at "
        .. "frivillige tiltak ikke strekker til – og ingen frivillige tiltak er "
        .. "prøvd. Han er klar, samtykkekompetent og åpen for hjelp akkurat nå. "
        .. "Å gå rett til tvang er en kritisk feil som lukker døra han nettopp "
        .. "har åpnet.",
    },
    { id = "la_ligge",
      text = "Si at det viktigste nå er at han hviler seg, og at dere tar praten "
        .. "om vinen en annen gang.",
      next = "stille_igjen",
      score = { signaler = -1, samarbeid = -1 },
      feedback = "Omsorgsfullt ment, men du lar et viktig øyeblikk gå fra deg. "
        .. "Han har nettopp satt ord på drikkingen selv og spør deg om han kan "
        .. "klare seg. Etter en alvorlig hendelse er mange mer åpne for endring "
        .. "enn ellers. Hvile og en samtale om veien videre utelukker ikke "
        .. "hverandre.",
    },
  },
}

scene {
  id = "seks_uker", title = "Seks uker senere",
  text = function(s)
    return avsnitt {
      "Seks uker senere. Doktor Hauge har gått gjennom alle medisinene sammen "
        .. "med Kåre og en farmasøyt. Zopiklonen trappes ned, og han har "
        .. "sluttet med ekstra tabletter om natten. Han har ikke falt siden.",
      "kaare: Jeg drikker ikke vin på hverdagene nå. Det var rart i starten. "
        .. "Men nettene er fortsatt lange.",
      "Naboen Leif har spurt om han vil bli med på kaffetreffet for menn på "
        .. "frivilligsentralen på torsdager.",
      "kaare: Jeg vet ikke. Jeg er ikke noe for sånt prat.",
      "kaare: Forresten – kan jeg ta et glass vin i konfirmasjonen til Emma i "
        .. "mai, tror du?",
      (s.delt_uten_samtykke or s.sykehjem or s.bo_alene)
        and "Så blir han alvorlig." or false,
      s.delt_uten_samtykke and "kaare: Én ting til. Hilde visste om vinen "
        .. "før jeg hadde sagt noe. Hun sa hun hadde det fra dere. Det likte jeg "
        .. "dårlig." or false,
      s.sykehjem and "kaare: Og så ringte noen fra kommunen om "
        .. "sykehjemsplass. Det har jeg aldri bedt om." or false,
      s.bo_alene and "kaare: Doktor Hauge spurte om jeg hadde tenkt på "
        .. "omsorgsbolig. Hvem har satt det i hodet på henne?" or false,
    }
  end,
  observe = { "kaffetreff", "lange_netter", "konfirmasjon" },
  concern = 2,
  facilitator = [[
    Ekspertens nivå: 2 (undring). Bildet er bedre: ingen nye fall,
    legemiddelgjennomgangen er gjort, og hverdagene er alkoholfrie. Men sorgen
    og nettene er der fortsatt, så det er ikke tid for å avslutte.
    Bekymringsnivået kan og skal justeres ned når tiltak virker – uten at
    oppfølgingen stopper. 3 kan forsvares om man legger vekt på faren for
    tilbakefall; 1 er for lavt.

    Spørsmål: Hvordan kan du bygge videre på endringssnakket hans («det var
    rart i starten»)? Hva svarer du på spørsmålet om konfirmasjonen? Hva skal
    til for at han prøver kaffetreffet – og hvem skal i så fall ta kontakt?
  ]],
  choices = {
    { id = "mi_videre",
      text = "Anerkjenn det han har fått til. Spør hva som er annerledes på "
        .. "hverdagene nå, svar ærlig på spørsmålet om konfirmasjonen, og spør "
        .. "hva som skulle til for at han prøvde kaffetreffet én gang.",
      next = "familiemote",
      add = { tillit = 1 },
      score = { signaler = 1, samtale = 2 },
      feedback = "Godt valg. Du forsterker endringen han har gjort, og lar ham "
        .. "sette ord på den selv. Når en person selv sier hvorfor og hvordan "
        .. "han endrer seg, kalles det endringssnakk, og det henger sammen med "
        .. "varig endring. Du gir kunnskap når "
        .. "han ber om det. Kaffetreffet blir hans valg, ikke ditt. Ensomhet "
        .. "var en av grunnene til vinen, så et sosialt nettverk er et viktig "
        .. "tiltak. Alkohol og legemidler er fortsatt et fast tema i samtalene.",
    },
    { id = "avslutt",
      text = "Si at det går så bra nå at alkohol ikke trenger å være tema "
        .. "lenger, og skriv i journalen at oppfølgingen er avsluttet.",
      next = "stille_igjen",
      score = { signaler = -1, samarbeid = -1 },
      feedback = "Det er lett å slippe taket når det går bedre. Men sorgen og "
        .. "de lange nettene er der fortsatt, og det var nettopp de som var "
        .. "grunnen til vinen og tablettene. Alkohol og legemidler bør være et "
        .. "fast tema hos eldre, ikke et prosjekt med sluttdato. Planen skulle "
        .. "evalueres, ikke avsluttes.",
    },
    { id = "meld_pa",
      text = "Ring frivilligsentralen og meld ham på kaffetreffet, så slipper "
        .. "han å bestemme seg.",
      next = "familiemote",
      set = { meldt_paa = true },
      add = { tillit = -1 },
      score = { samtale = -1, jus = -1 },
      feedback = "Godt ment, men du tar over en beslutning som er hans. Når du "
        .. "melder ham på, forteller du også frivilligsentralen at han får "
        .. "hjemmesykepleie – og det er en taushetsbelagt opplysning. Tiltak mot "
        .. "ensomhet virker best når han har valgt dem selv. Spør heller hva "
        .. "som skulle til, og om han vil at Leif eller du skal ta kontakt.",
    },
  },
}

local function etter_mote(s)
  if s.akutt then return "vendepunkt" end
  if s.tillit >= 2 and not s.delt_uten_samtykke then
    return "hjemme_med_plan"
  end
  return "plan_med_skaar"
end

scene {
  id = "familiemote", title = "Møte ved kjøkkenbordet",
  text = function(s)
    local naar
    if s.akutt then
      naar = "Tre uker etter at han kom hjem fra sykehuset, har Kåre invitert "
        .. "Hilde til et møte hjemme hos seg."
    else
      naar = "Noen dager senere har Kåre invitert Hilde til et møte hjemme hos "
        .. "seg."
    end
    return avsnitt {
      naar .. " Du er med som primærkontakt. Tidligere har Kåre sagt at Hilde "
        .. "kunne få vite {hilde_kan_vite}. I dag vil han fortelle resten selv.",
      "kaare: Jeg har tatt noen glass for mye om kveldene etter at mamma døde. "
        .. "Det har doktor Hauge også fått vite. Nå skal jeg prøve å la være på "
        .. "hverdagene.",
      "hilde: Jeg er glad du sier det, pappa. Men jeg ligger våken om nettene "
        .. "og lurer på om du har falt. Kan ikke hjemmesykepleien komme hver "
        .. "kveld og se etter at han ikke drikker?",
      "kaare: Jeg trenger ingen barnevakt.",
      "Hilde ser på deg.",
      s.delt_uten_samtykke and "Stemningen er anspent. Kåre har ikke glemt at "
        .. "Hilde fikk vite om vinen fra hjemmesykepleien før han selv hadde "
        .. "sagt noe." or false,
    }
  end,
  facilitator = [[
    Et møte der den eldre selv er med og styrer hva som blir sagt, er målet for
    samarbeidet med pårørende. Hildes uro er ekte og fortjener støtte, men
    forslaget hennes er kontroll, ikke hjelp.

    Spørsmål: Hvordan anerkjenner du begge uten å ta parti? Hva kan Hilde gjøre
    som hjelper, og hva bør hun la være? Hvilke tilbud finnes for pårørende i
    deres kommune? Hvordan avtaler dere evaluering, og hvem har ansvaret?
  ]],
  choices = {
    { id = "felles_plan",
      text = "Anerkjenn både Hildes uro og Kåres ønske om å klare seg selv. "
        .. "Foreslå at dere lager en plan sammen: hva Kåre gjør selv, hva Hilde "
        .. "kan bidra med, hva hjemmesykepleien gjør, og når dere ser på den "
        .. "igjen. Fortell Hilde om tilbud til pårørende i kommunen.",
      next = etter_mote,
      targets = { "hjemme_med_plan", "plan_med_skaar", "vendepunkt" },
      score = { samtale = 2, samarbeid = 2, jus = 1 },
      feedback = "Godt valg. Planen bygger på det Kåre selv vil og har sagt ja "
        .. "til, og Hilde får en rolle som ikke handler om kontroll. Dere "
        .. "avtaler evaluering, så ingen står alene med uroen. Pårørende "
        .. "trenger også støtte, og det er en del av jobben å vise dem vei.",
    },
    { id = "kveldsbesok",
      text = "Si ja til Hilde: dere kan legge inn kveldsbesøk for å se etter at "
        .. "han ikke drikker.",
      next = "tilliten_brast",
      set = { brudd = "kontroll" },
      score = { samtale = -1, samarbeid = -1, jus = -2 },
      feedback = "Godt ment overfor Hilde, men det er kontroll, ikke helsehjelp. "
        .. "Kåre har sagt nei, han er samtykkekompetent, og hjemmesykepleien "
        .. "skal ikke være vakt for familien. Tiltak skal bygge på hans behov og "
        .. "hans samtykke. Når hjelpen blir til overvåking, er det lett å si "
        .. "opp hele hjelpen.",
    },
    { id = "familiesak",
      text = "Trekk deg tilbake og si at dette må Kåre og Hilde finne ut av seg "
        .. "imellom.",
      next = "stille_igjen",
      score = { samarbeid = -1 },
      feedback = "Det er riktig at de selv må bli enige, men du har kunnskap de "
        .. "trenger, og uten en felles plan faller ansvaret mellom alle. Din "
        .. "rolle er å hjelpe dem fram til avtaler om hvem som gjør hva, og når "
        .. "dere ser på det igjen.",
    },
  },
}

-- Slutter -------------------------------------------------------------------

ending {
  id = "hjemme_med_plan", title = "Hjemme, med en plan", outcome = "good",
  text = [[
    Et halvt år senere bor Kåre fortsatt hjemme med Bamse. Zopiklonen er
    trappet helt ut. Han sover dårligere enn han skulle ønske, men han har ikke
    falt igjen. På hverdagene drikker han ikke vin, og et glass i helgen blir
    det sjelden – aldri sammen med sovemedisin, for den er borte.

    Han har vært på kaffetreffet fire ganger – «mest for å være høflig mot
    Leif», sier han. Hilde ringer på onsdager, og han har lovet å si fra selv
    når nettene blir tunge.

    Planen blir sett på hver tredje måned. Alkohol og legemidler er et fast
    tema i samtalene dere har, og ingen av dere synes det er rart lenger.
    Signalene ble sett tidlig, og Kåre fikk beholde styringen.
  ]],
}

ending {
  id = "plan_med_skaar", title = "En plan, men tilliten har fått en skramme",
  outcome = "mixed",
  text = function(s)
    local hvorfor
    if s.delt_uten_samtykke then
      hvorfor = "Han har ikke glemt at Hilde fikk vite om vinen fra "
        .. "hjemmesykepleien før han selv var klar til å fortelle det."
    elseif s.sykehjem then
      hvorfor = "Han har ikke glemt at kommunen ringte om en sykehjemsplass han "
        .. "aldri hadde bedt om."
    elseif s.bo_alene then
      hvorfor = "Han har ikke glemt at fastlegen spurte om omsorgsbolig, et "
        .. "spørsmål han skjønte kom fra hjemmesykepleien."
    elseif s.meldt_paa then
      hvorfor = "Han gikk på kaffetreffet én gang, fordi han var påmeldt, og "
        .. "aldri igjen. «Jeg blir ikke sendt noe sted», sa han."
    else
      hvorfor = "Han har ikke glemt at andre har tatt avgjørelser om ham uten "
        .. "å spørre ham først."
    end
    return avsnitt {
      "Planen blir laget, og nedtrappingen av zopiklonen går som den skal. "
        .. "Kåre har ikke falt igjen.",
      "Men han er mer på vakt overfor deg nå. " .. hvorfor,
      "Når du spør om nettene, svarer han «fint», og så snakker han om været. "
        .. "Du vet mindre om hvordan han egentlig har det enn du gjorde for en "
        .. "måned siden.",
      "Tiltakene var riktige. Men tillit tar lang tid å bygge og kort tid å "
        .. "rive, og uten den blir det vanskelig å fange opp et tilbakefall.",
    }
  end,
}

ending {
  id = "vendepunkt", title = "Vendepunktet kom med fallet", outcome = "mixed",
  text = function(s)
    local helse
    if s.legevakt == "nei" then
      helse = "Kåre kom seg etter blødningen, men han går med rullator nå og tør "
        .. "ikke lenger gå rundt vannet alene med Bamse. Naboen Leif tar "
        .. "morgenturen."
    else
      helse = "Kåre kom seg raskt etter hjernerystelsen, og han går fortsatt "
        .. "rundt vannet med Bamse hver morgen."
    end
    return avsnitt {
      helse,
      "Zopiklonen er trappet ned, doktor Hauge følger ham opp, og rus- og "
        .. "psykisk helsetjenesten har hatt to samtaler med ham om sorgen og "
        .. "vinen. Hilde er med i en plan som Kåre selv har vært med på å lage.",
      s.delt_uten_samtykke and "Men han har ikke glemt at Hilde fikk vite om "
        .. "vinen fra dere, og han er forsiktigere med hva han forteller." or false,
      "Det gikk bra til slutt. Men det måtte et fall med hodeskade til før "
        .. "alkohol og sovemidler ble tatt ordentlig opp. Signalene var der uker "
        .. "før: to fall, zopiklon og vin hver kveld, og et nylig tap. Tidlig "
        .. "innsats handler om å handle på dem – før det tredje fallet.",
    }
  end,
}

ending {
  id = "stille_igjen", title = "Det ble stille", outcome = "mixed",
  text = function(s)
    return avsnitt {
      "Det blir stille rundt Kåre. Leggsåret gror, og i november avslutter "
        .. "hjemmesykepleien besøkene.",
      s.akutt and "Epikrisen fra sykehuset ligger i journalen, men ingen har "
        .. "fulgt den opp sammen med ham." or false,
      "Ingen har laget en plan for nettene. Hilde ringer kontoret innimellom, "
        .. "men det er ingen der som følger ham lenger.",
      "Kanskje går det bra. Ingen vet det, for ingen spør. Signalene var der, "
        .. "men de ble ikke fulgt opp med en plan, en avtale og en evaluering.",
    }
  end,
}

ending {
  id = "tilliten_brast", title = "Tilliten brast", outcome = "poor",
  text = function(s)
    local hva
    if s.brudd == "tvang" then
      hva = "Kommunen undersøker saken og kommer raskt fram til at vilkårene "
        .. "for tvang ikke er oppfylt. Men skaden er skjedd. Kåre opplever at "
        .. "hjemmesykepleien prøvde å få ham ut av sitt eget hus, og han sier "
        .. "opp hele hjelpen."
    else
      hva = "Kveldsbesøkene varer i ni dager. Så ringer Kåre kontoret og sier "
        .. "opp hele hjemmesykepleien. «Dere kom for å passe på meg, ikke for å "
        .. "hjelpe meg.»"
    end
    return avsnitt {
      hva,
      "Leggsåret steller han selv, og han svarer ikke når Hilde ringer. Fem "
        .. "uker senere finner hun ham på kjøkkengulvet med brudd i hofta.",
      "På sykehuset sier han at han ikke vil ha hjemmesykepleien tilbake. "
        .. "Kontroll, overvåking og tvang før frivillige tiltak er prøvd, tar "
        .. "styringen over eget liv fra en samtykkekompetent mann. Og når han "
        .. "sier nei til hjelp, mister alle muligheten til å se hvordan han har "
        .. "det.",
    }
  end,
}
