-- Blikk: innebygd case «Selma passer på» (barn som pårørende).
--
-- En kontaktlærer ser over en høst og vinter stadig flere tegn på at mor til
-- en flink og ansvarsfull niåring drikker. Caset øver på å se tegn (også
-- feller), samtale med barn og forelder, samarbeid med samtykke under
-- terskelen og opplysningsplikten til barnevernet når terskelen er nådd.
--
-- Hovedveier:
--   barnet først:   hostuker → henting → rektor → samtale_selma → mote_mor → ...
--   forelder først: ... → rektor → mote_mor → samtale_selma → ...
--   vente:          ... → rektor → desember → (samtale_selma → mote_mor →) ...
--   med samtykke → samarbeidsmote → mandag; uten → desember → mandag
--   mandag → etter_melding | rektor_noler | tirsdag | slutt_stille
--
-- Tilstand som bærer valgene videre: tillit_selma, tillit_mor, samtykke,
-- lovet_hemmelig, mor_konfrontert, mormor_kontaktet, meldt_tidlig, forsinket,
-- selma_informert, hanne_varslet, stille (hvorfor ingen meldte), uker.

local function avsnitt(liste)
  return table.concat(liste, "\n\n")
end

-- Hvor historien går etter samtalen med Selma eller møtet med Hanne.
local function etter_samtalene(s)
  if not s.snakket_selma then return "samtale_selma" end
  if not s.snakket_mor then return "mote_mor" end
  if s.samtykke then return "samarbeidsmote" end
  if not s.desember_sett then return "desember" end
  return "mandag"
end

scenario {
  id = "barn-som-parorende",
  title = "Selma passer på",
  summary = "Selma (9) er flink, ordentlig og passer alltid på lillebroren. "
    .. "Gjennom en høst og vinter ser du som kontaktlærer stadig flere tegn på "
    .. "at mor drikker. Hva legger du merke til, hvor bekymret er du, og hva gjør du?",
  role = "Du er kontaktlærer for 4B på Lia skole og har hatt klassen siden "
    .. "første trinn. Skolen følger kommunens handlingsveileder for BTI "
    .. "(Bedre tverrfaglig innsats).",
  language = "nb",
  version = 1,
  audience = {
    "Lærere og kontaktlærere",
    "Ansatte i SFO og barnehage",
    "Skoleledere",
    "Helsesykepleiere i skolehelsetjenesten",
    "PPT og barnevern som samarbeidspartnere",
  },
  minutes = 25,
  objectives = {
    "Kjenne igjen tegn hos barn som lever med en forelder som drikker, også når barnet virker flinkt og ansvarsfullt.",
    "Skille risiko, beskyttelse og nøytrale detaljer, og se mønsteret over tid.",
    "Snakke med barnet og forelderen på en konkret, åpen og respektfull måte, uten å love hemmelighold.",
    "Samarbeide med samtykke under terskelen, og handle på opplysningsplikten til barnevernet når terskelen er nådd.",
  },
  competencies = {
    { id = "signaler", name = "Se og vurdere tegn" },
    { id = "samtale", name = "Samtale med barn og foreldre" },
    { id = "samarbeid", name = "Samarbeid, egen rolle og rutiner" },
    { id = "lov", name = "Taushetsplikt, samtykke og opplysningsplikt" },
  },
  start = "hostuker",
  state = {
    uker = 3,                 -- uker siden du først så at matpakka manglet
    logg = false,             -- du skriver ned det du ser
    meldt_tidlig = false,     -- melding til barnevernet allerede i oktober
    mor_konfrontert = false,  -- Hanne ble spurt om drikking ved SFO-porten
    mormor_kontaktet = false, -- mormor ble ringt uten samtykke
    snakket_selma = false,
    snakket_mor = false,
    samtykke = false,         -- samtykke til samarbeid (BTI nivå 2)
    lovet_hemmelig = false,   -- Selma fikk løfte om hemmelighold
    avtalt_med_selma = false, -- avtalt med Selma hva mor kan få vite
    spurt_samtykke = false,   -- Hanne ble spurt om samtykke til samarbeid
    desember_sett = false,
    tillit_selma = 0,
    tillit_mor = 0,
    plan = false,             -- skriftlig plan med stafettholder
    forsinket = false,        -- meldingen kom en dag for sent
    drofting_forst = false,   -- anonym drøfting før meldingen
    selma_informert = false,
    hanne_varslet = false,    -- Hanne ble ringt mot barnevernets råd
    stille = "",              -- hvorfor ingen meldte: lofte, mormor, rektor, vent
  },
  debrief = {
    "Flinke, ansvarsfulle barn kan ha det vanskelig. At et barn passer på søsken eller forelder (rollebytte), er et tegn og ikke en trygghet.",
    "Én glemt gymbag betyr lite. Matpakker som mangler uke etter uke, er et mønster. Skriv ned hva, hvor ofte og hvor lenge, med datoer.",
    "Hyggelige, samarbeidsvillige foreldre og forklaringer som «mamma er bare syk» kan være feller. Hold fast ved det du selv har sett og hørt.",
    "Snakk med barnet først og så med foreldrene, når det ikke er mistanke om vold eller overgrep. Vær konkret, si at du kan ta feil, og lov aldri hemmelighold.",
    "Under terskelen bygger samarbeid på samtykke som er informert, frivillig og dokumentert. Anonym drøfting med andre tjenester krever ikke samtykke, så lenge familien ikke kan kjennes igjen.",
    "Opplysningsplikten til barnevernet gjelder når det er grunn til å tro at et barn utsettes for alvorlig omsorgssvikt. Du trenger ikke være sikker. Plikten er personlig og går foran taushetsplikten, også når leder vil vente.",
    "Melding er ikke en straff og ikke en rutine. Både å melde uten en konkret vurdering og å la være når vilkårene er oppfylt, svikter barnet.",
    "Barnet har rett til informasjon tilpasset alderen. Å høre at det ikke er hennes skyld, og hva som skal skje, beskytter tilliten til voksne.",
    "Ta ikke over foreldrenes rolle. Hjelp forelderen til å få hjelp (fastlege, kommunens rus- og psykiske helsetjeneste), og gi barnet egne tilbud, for eksempel samtalegrupper.",
  },
  references = {
    "Helsedirektoratet m.fl. (2019): Nasjonal faglig retningslinje for tidlig oppdagelse av utsatte barn og unge (IS-2826). helsedirektoratet.no/retningslinjer/tidlig-oppdagelse-av-utsatte-barn-og-unge",
    "Helsedirektoratet (2009): Fra bekymring til handling – en veileder om tidlig intervensjon på rusområdet (IS-1742). Erstattet i desember 2019 av IS-2826; nevnt her som bakgrunn for KoRus-kursene.",
    "Lov om barnevern (barnevernsloven) § 13-2: opplysningsplikt til barnevernet. Skolens egen opplysningsplikt står i opplæringsloven (ny lov fra 1. august 2024).",
    "Regjeringen: Taushetsplikt, opplysningsrett og opplysningsplikt i forvaltningen – en veileder. regjeringen.no",
    "Helsedirektoratet: Helsepersonelloven med kommentarer, § 10 a – helsepersonells plikt til å bidra til å ivareta mindreårige barn som pårørende.",
    "BTI – Bedre tverrfaglig innsats: handlingsveiledere og stafettlogg. veiviseren.no og kommunens egen handlingsveileder.",
    "NTNU, RKBU Midt-Norge: BAPP – gruppetilbud for barn som pårørende. ntnu.no/rkbu/bapp",
  },
  authors = { "Blikk (innebygd case)" },
}

-- Personer ------------------------------------------------------------------

character { id = "selma", name = "Selma (9)",
  description = "Elev i 4B. Ordentlig, hjelpsom og glad i å tegne. Bor fast hos mor sammen med lillebroren." }
character { id = "hanne", name = "Hanne (36)",
  description = "Selmas mor. Jobber deltid i en butikk. Hun og Tor, barnas far, gikk fra hverandre i vår og har felles foreldreansvar." }
character { id = "oskar", name = "Oskar (4)",
  description = "Selmas lillebror. Går i Lia barnehage, rett ved skolen." }
character { id = "berit", name = "Berit (rektor)",
  description = "Rektor på Lia skole." }
character { id = "anita", name = "Anita (helsesykepleier)",
  description = "Helsesykepleier på skolen to dager i uka." }
character { id = "marius", name = "Marius (pedagogisk leder)",
  description = "Pedagogisk leder på Oskars avdeling i barnehagen." }
character { id = "leila", name = "Leila (barnevernstjenesten)",
  description = "Saksbehandler i barnevernstjenesten i kommunen." }

-- Observasjoner ---------------------------------------------------------------

-- hostuker
observation { id = "matpakke", kind = "risk",
  text = "Mangler matpakke fem av femten dager",
  explain = "Matpakke som mangler gang på gang over flere uker, er et praktisk tegn på at hverdagen hjemme kan svikte. Én dag betyr lite; det er mønsteret over tid som teller. Skriv det ned med datoer." }
observation { id = "gymtoy", kind = "neutral",
  text = "Gymtøyet lå igjen hos pappa én gang",
  explain = "Nøytral. En glemt gymbag er vanlig, særlig når barnet bor i to hjem. Den blir først interessant hvis den blir del av et mønster sammen med andre tegn." }
observation { id = "trott_mandag", kind = "neutral",
  text = "Trøtt mandag etter håndballcup hele søndagen",
  explain = "Nøytral. Trøtthet med en klar og vanlig forklaring er ikke et tegn. Trøtthet som varer over tid, uten forklaring, ville vært noe annet." }
observation { id = "mina", kind = "protective",
  text = "Bestevenn med Mina, tegner og ler sammen",
  explain = "Gode relasjoner til jevnaldrende er en beskyttelsesfaktor. Vennskapet med Mina er noe å ta vare på og bygge videre på, men det opphever ikke tegn på at noe er galt hjemme." }

-- henting
observation { id = "alkohollukt", kind = "risk", weight = 2,
  text = "Hanne lukter alkohol og snakker langsomt ved henting",
  explain = "At en forelder virker påvirket ved henting, er et tydelig tegn fra foreldrene, særlig når hun alene har omsorgen for to små barn. Skriv ned tid, hva du så og hørte, og hva som skjedde – ikke tolkninger." }
observation { id = "passer_oskar", kind = "risk",
  text = "Selma tar ansvar for Oskar med en gang",
  explain = "Felle. Det ser omsorgsfullt og modent ut, men et barn som tar voksenansvar for søsken eller forelder (rollebytte), er et kjent tegn hos barn som lever med rus i familien. Ikke la deg berolige av at barnet er flinkt." }
observation { id = "bare_syk", kind = "risk",
  text = "Selma sier at mamma «bare er litt syk»",
  explain = "Felle. «Mamma er syk» kan være forklaringen familien har gitt barnet, eller den barnet bruker for å beskytte forelderen. Det kan stemme, men det skal ikke avslutte undringen din." }
observation { id = "mor_varm", kind = "protective",
  text = "Hanne gir Selma en lang klem og spør om dagen",
  explain = "Varme og interesse fra forelderen er en reell ressurs som samarbeidet kan bygge på. Den opphever ikke de andre tegnene, men sier noe om hva som er godt i relasjonen." }

-- samtale_selma
observation { id = "lager_mat", kind = "risk", weight = 2,
  text = "Selma smører mat til Oskar og legger ham når mamma sover",
  explain = "Rollebytte: en niåring som lager mat til og legger en fireåring fordi forelderen ikke er tilgjengelig, bærer et voksenansvar. Det barnet selv forteller, er blant de viktigste tegnene." }
observation { id = "skyld", kind = "risk",
  text = "Selma tror det er hennes skyld at mamma blir lei seg",
  explain = "Barn i familier med rus tar ofte på seg skylden. Informasjon tilpasset alderen – at det ikke er barnets feil, og at det er de voksne som har ansvaret – kan dempe skyldfølelse og forvirring." }
observation { id = "mormor", kind = "protective",
  text = "Faste onsdager hos mormor med middag og høytlesning",
  explain = "Minst én stabil og trygg voksen og forutsigbare rutiner er blant de viktigste beskyttelsesfaktorene. Onsdagene hos mormor er verdt å bevare, men mormor kan bare trekkes inn i samarbeidet med foreldrenes samtykke." }

-- mote_mor
observation { id = "blid_mor", kind = "risk",
  text = "Hanne er hyggelig og enig i alt du sier",
  explain = "Felle. En forelder som er hyggelig og samarbeidsvillig i et møte, er ikke bevis på at hverdagen er trygg. Et løfte om å «skjerpe seg» endrer ikke det du har sett eller det Selma har fortalt. Se etter hva som faktisk skjer de neste ukene." }
observation { id = "et_glass", kind = "risk",
  text = "«Et glass eller to om kvelden for å få sove»",
  explain = "Alkohol brukt som sovemiddel, beskrevet som noe «de fleste» gjør, kan være en bagatellisering. Sammen med det du så ved henting, er det et tegn – ikke en forklaring som beroliger." }
observation { id = "brudd_okonomi", kind = "risk",
  text = "Brudd i vår, dårlig råd og søvnvansker",
  explain = "Samlivsbrudd, økonomiske belastninger og søvnvansker er risikofaktorer: de øker sjansen for at problemer vokser. De er ikke tegn på rus i seg selv, men forklarer hvorfor Hanne kan trenge hjelp, og hvorfor dette ikke bare går over." }
observation { id = "klaer_far", kind = "neutral",
  text = "Gymtøyet lå hos Tor en hel uke",
  explain = "Nøytral. Når barn bor i to hjem, havner ting på feil sted. Det forklarer det glemte gymtøyet, men ikke matpakkene eller det du så ved henting." }

-- samarbeidsmote
observation { id = "oskar_tisser", kind = "risk",
  text = "Oskar (4) tisser på seg igjen og er urolig",
  explain = "Hos små barn kan uro, angst og det å tisse på seg igjen være tegn på belastninger hjemme. At barnehagen kan dele dette med skolen, skyldes samtykket fra foreldrene. Uten det ville du ikke fått vite det." }
observation { id = "mor_fastlege", kind = "protective",
  text = "Hanne har bestilt time hos fastlegen om drikkingen",
  explain = "At forelderen selv tar et skritt for å få hjelp, er en viktig ressurs og grunnlaget for frivillig samarbeid. Det betyr ikke at barna har det trygt allerede nå." }

-- desember
observation { id = "svarer_ikke", kind = "risk",
  text = "Hanne svarer ikke på tre meldinger",
  explain = "Foreldre som ikke svarer på beskjeder, er et av de praktiske tegnene som går igjen i kommunale rutiner for barn som pårørende. Det sier noe om hvor tilgjengelig forelderen er i hverdagen." }
observation { id = "sfo_sist", kind = "risk",
  text = "Selma blir til SFO stenger og vil ikke gå hjem",
  explain = "Barn som strekker tiden på skolen og holder seg borte fra hjemmet, kan vise at hjemme ikke er et godt sted å være nå. Det er verdt å legge merke til, også når barnet virker fornøyd og hjelpsomt." }
observation { id = "omgangssyke", kind = "neutral",
  text = "Borte to dager med omgangssyke, som halve klassen",
  explain = "Nøytral. Fravær med en kjent og felles årsak sier ingenting om hjemmeforholdene. Det er høyt fravær over tid uten forklaring som er et tegn." }

-- mandag
observation { id = "gulvet", kind = "risk", weight = 2,
  text = "Mamma lå på gulvet og svarte ikke; Selma la Oskar",
  explain = "Kjernen i bekymringen: barna (9 og 4) var en hel kveld uten en voksen som kunne ta vare på dem, og en niåring hadde ansvaret for en fireåring. Sammen med det som er sett og fortalt over tid, gir dette grunn til å tro at barna utsettes for alvorlig omsorgssvikt." }
observation { id = "leverte_alene", kind = "risk",
  text = "Selma (9) fulgte Oskar (4) alene til barnehagen",
  explain = "En niåring som følger en fireåring alene fordi ingen voksen kunne, er et tydelig praktisk tegn på at omsorgen svikter den dagen." }
observation { id = "selma_forteller", kind = "protective",
  text = "Selma oppsøker deg for å fortelle",
  explain = "At barnet selv søker en voksen det stoler på, er en viktig ressurs, og et resultat av relasjonen du har bygd. Det forplikter: hun må få vite hva som skjer videre." }

-- Scener ------------------------------------------------------------------------

scene {
  id = "hostuker", title = "Tre uker i oktober",
  text = [[
    Det er oktober. De siste tre ukene har Selma manglet matpakke fem av
    femten skoledager. Hun sier «jeg glemte den» og ser ned. Du har gitt henne
    knekkebrød fra skolekjøkkenet.

    Forrige tirsdag hadde hun ikke med gymtøy. Det lå igjen «hos pappa», sa
    hun.

    På mandag var hun trøtt og gjespet gjennom hele mattetimen. Hun hadde vært
    på håndballcup med laget hele søndagen og kom sent hjem.

    I friminuttene er hun sammen med Mina, som har vært bestevenninnen hennes
    siden første klasse. De tegner tegneserier sammen og ler så det høres over
    hele skolegården.

    Når timen er slutt, blir Selma stående ved kateteret.

    selma: Skal jeg samle inn bøkene? Jeg kan gjøre det.
  ]],
  observe = { "matpakke", "gymtoy", "trott_mandag", "mina" },
  concern = 2,
  facilitator = [[
    Ekspertnivå 2 (undring). Ett praktisk tegn gjentar seg over tid
    (matpakken). Gymtøyet og trøttheten har vanlige forklaringer, og
    vennskapet med Mina er en ressurs. Det er grunn til å undre seg og
    dokumentere, men ikke ennå til stor bekymring.

    Spørsmål: Hva skiller et mønster fra en enkelthendelse? Hvordan skriver
    dere ned observasjoner på deres arbeidsplass, og hvem ser dem? Hvilke av
    detaljene ville dere tatt med i en logg, og hvilke ikke?
  ]],
  choices = {
    { text = "Begynn å skrive ned konkret hva du ser, med datoer, og følg med på Selma de neste ukene. Gi henne mat når hun mangler, uten å gjøre et nummer av det.",
      next = "henting", score = { signaler = 2 },
      set = { logg = true }, add = { uker = 2 },
      feedback = "Godt. Retningslinjen ber deg være oppmerksom på tegn og dokumentere dem, og kommunale rutiner sier det samme: skriv konkret hva, hvor ofte og hvor lenge. Notater med datoer gjør det mulig å se et mønster og å snakke konkret med leder, barnet og foreldrene senere. At Selma får mat, tar vare på henne her og nå." },
    { text = "Send en vennlig melding til mor i skole-appen om at Selma har vært uten matpakke noen dager.",
      next = "henting", score = { samtale = 1 },
      add = { uker = 2 },
      feedback = "Et rimelig første steg: konkret, vennlig og rettet til den som har ansvaret. Men en melding alene gir deg ikke oversikt. Uten egne notater blir det vanskelig å se om dette er en travel periode eller et mønster som varer." },
    { text = "Vent og se. Selma har venner og gjør leksene, så det er nok bare en travel periode hjemme.",
      next = "henting", score = { signaler = -1 },
      add = { uker = 2 },
      feedback = "Det stemmer at vennskap og god skolefungering beskytter, men de opphever ikke et praktisk tegn som gjentar seg. Å vente uten å skrive noe ned er en vanlig grunn til at bekymring aldri blir til handling." },
    { text = "Send en bekymringsmelding til barnevernet nå, så er det gjort.",
      next = "henting", score = { lov = -1, samarbeid = -1 },
      set = { meldt_tidlig = true }, add = { uker = 2 },
      feedback = "Velment, men for tidlig. Opplysningsplikten gjelder når det er grunn til å tro at et barn utsettes for alvorlig omsorgssvikt, og noen glemte matpakker er ikke der. En melding uten konkret vurdering, uten drøfting med leder og uten samtale med barnet og foreldrene gir barnevernet lite å gå på, og den hopper over trinnene der skolen selv kan hjelpe." },
  },
}

scene {
  id = "henting", title = "Ved SFO-porten",
  text = [[
    En torsdag i november har du vakt på SFO. Klokka er ti over fem, og SFO
    stengte for ti minutter siden. Selma har stått ved porten med sekken på i
    en halvtime.

    Så kommer Hanne gående med Oskar i hånda; hun har hentet ham i barnehagen
    ved siden av. Hun gir Selma en lang klem og spør hvordan dagen har vært.
    Når hun kommer bort til deg, kjenner du tydelig lukt av alkohol. Hun
    snakker litt langsomt og ler høyere enn vanlig, men hun går støtt.

    Selma tar Oskar i hånda med en gang, drar opp glidelåsen i jakka hans og
    tar barnehagesekken hans på ryggen, oppå sin egen.

    selma: Jeg passer på ham, mamma. Du kan bare gå.

    oskar: Selma, jeg er sulten.

    Mens Hanne leter etter nøklene i veska, ser Selma opp på deg.

    selma: Mamma er bare litt syk i dag. Hun har vondt i hodet.

    Familien bor fem minutter å gå fra skolen.
  ]],
  observe = { "alkohollukt", "passer_oskar", "bare_syk", "mor_varm" },
  concern = 3,
  facilitator = [[
    Ekspertnivå 3 (bekymring, tiltak i egen tjeneste). Nå peker flere tegn
    samme vei: matpakkene over tid, alkohollukt og langsom tale ved henting,
    og et barn som tar voksenansvar og forklarer det bort. Det er mer enn
    undring, men ingen har ennå snakket med Selma eller Hanne, og det finnes
    ressurser (varme, venner). Riktig nivå er å handle i egen tjeneste:
    dokumentere, drøfte med leder og planlegge samtaler.

    Hadde Hanne virket så påvirket at hun ikke kunne ta vare på barna, skulle
    dere ikke latt dem gå med henne. Da kontakter dere barnevernsvakten eller
    politiet med en gang.

    Spørsmål: Hvor går grensen for når dere ikke lar barna gå hjem? Hvorfor
    er Selmas «flinkhet» en felle? Hva skriver dere i notatet, og hva lar dere
    være å skrive?
  ]],
  choices = {
    { text = "Hils vennlig på Hanne og barna, og se at de går hjem sammen. Skriv ned hva du så og hørte samme kveld, og be om en samtale med rektor i morgen.",
      next = "rektor", score = { signaler = 1, samtale = 1, samarbeid = 1 },
      set = { logg = true },
      feedback = "Godt. Du vurderte at Hanne var i stand til å gå hjem med barna, og du satte ingen i forlegenhet foran barna. Et nøkternt notat samme kveld – tid, lukt, tale, hva Selma sa – er mer verdt enn hukommelsen om to uker. Og du står ikke alene med det: du tar det til leder, slik rutinen sier." },
    { text = "Spør Hanne lavt, men rett ut, om hun har drukket i dag.",
      next = "rektor", score = { samtale = -2 },
      set = { mor_konfrontert = true }, add = { tillit_mor = -2 },
      feedback = "Ærlig ment, men skadelig her. Et spørsmål om drikking ved porten, med barna ved siden av, gjør Hanne skamfull og på vakt, og Selma kan tro at det er hun som har røpet noe. En slik samtale skal forberedes, tas uten barna til stede og bygge på konkrete observasjoner over tid." },
    { text = "Ring mormor i morgen. Hun står som kontaktperson på klasselista og kan kanskje si om Hanne har det vanskelig.",
      next = "rektor", score = { lov = -2 },
      set = { mormor_kontaktet = true }, add = { tillit_mor = -1 },
      feedback = "Velment, men et brudd på taushetsplikten. Mormor er ikke part i saken, og kontaktlista er for praktiske beskjeder og nødsituasjoner. Å dele en mistanke om rus med familien uten Hannes samtykke kan skape konflikt, og Hanne mister tilliten til skolen. Drøft heller med leder, og uten navn med andre tjenester." },
    { text = "La det passere. Lukt kan ha mange forklaringer, og du vil ikke anklage noen uten grunn.",
      next = "rektor", score = { signaler = -1 },
      feedback = "Å ikke ville anklage noen er en god holdning, men du trenger ikke anklage for å dokumentere. Alkohollukt ved henting, sammen med matpakkene og at Selma tar voksenansvar, er flere tegn som peker samme vei. De skal skrives ned og drøftes." },
  },
}

scene {
  id = "rektor", title = "Hos rektor",
  text = function(s)
    local t = { "Neste morgen sitter du på kontoret til Berit, rektor." }
    if s.logg then
      t[#t + 1] = "Du har med notatene dine: datoene da Selma manglet matpakke, og det du så og hørte ved SFO-porten i går."
    else
      t[#t + 1] = "Du har ikke skrevet noe ned, så du forteller det du husker. Noen av datoene er du usikker på."
    end
    if s.meldt_tidlig then
      t[#t + 1] = "Berit minner deg om meldingen du sendte barnevernet i oktober. Barnevernstjenesten gikk gjennom den og la den bort fordi den var for tynn. De ba skolen snakke med Selma og mor først, og melde på nytt hvis bekymringen øker."
    end
    if s.mor_konfrontert then
      t[#t + 1] = "Berit har fått en e-post fra Hanne i morges. Hun skriver at hun ble «anklaget foran barna» ved porten, og at hun vurderer å klage."
    end
    if s.mormor_kontaktet then
      t[#t + 1] = "Berit har også hatt Hanne på telefonen. Mormor ringte henne i går kveld og spurte om hun drikker. Hanne vil vite hvem på skolen som har snakket med moren hennes."
    end
    t[#t + 1] = "berit: Takk for at du tar dette opp. Hva tenker du at vi gjør nå?"
    t[#t + 1] = "berit: Jeg vil ikke at vi skal trå feil med denne familien. Kanskje vi skal se det an til etter jul, og se om det går seg til?"
    return avsnitt(t)
  end,
  facilitator = [[
    Ingen bekymringsvurdering her; scenen handler om egen rolle og rutiner.

    Spørsmål: Hva sier handlingsveilederen i deres kommune om hvor lenge dere
    kan bruke på å avklare en undring? Hvem kan dere drøfte med uten navn?
    Hvordan argumenterer dere overfor en leder som vil vente? Hva er
    forskjellen på å drøfte anonymt og å dele opplysninger om en familie?
  ]],
  choices = {
    { text = "Foreslå en plan: dere drøfter saken uten navn med helsesykepleier og barnevernstjenesten, du snakker med Selma først og så med Hanne, og dere setter en dato for å vurdere saken på nytt.",
      next = "samtale_selma", score = { samarbeid = 2, lov = 1 },
      add = { uker = 1 },
      feedback = "Godt. Dette følger trappen i retningslinjen og i BTI: dokumentere, drøfte, snakke med barnet og så med foreldrene, og la beslutningen være forankret hos leder. Drøfting uten navn krever ikke samtykke, så lenge ingen kan kjenne igjen familien. En fast dato hindrer at saken blir liggende." },
    { text = "Foreslå å kalle inn Hanne til et møte først. Det føles mest riktig at mor hører bekymringen før Selma blir spurt.",
      next = "mote_mor", score = { samarbeid = 1 },
      add = { uker = 1 },
      feedback = "Forståelig og ikke feil: det er ingen mistanke om vold eller overgrep, og åpenhet mot foreldre er viktig. Men rådet er som regel å snakke med barnet først. Da hører du barnets egen stemme før de voksne har snakket sammen, og barnet risikerer ikke å bli bedt om å holde tett hjemme." },
    { text = "Gå med på Berits forslag og se det an til etter jul.",
      next = "desember", score = { signaler = -1, lov = -1 },
      add = { uker = 5 },
      feedback = "Dette er en av de vanligste grunnene til at barn ikke får hjelp i tide: man venter på sikker viten. Loven krever ikke sikkerhet, og retningslinjen sier at en bekymring skal følges opp med drøfting og samtaler. Du har allerede flere tegn som peker samme vei." },
  },
}

scene {
  id = "samtale_selma", title = "En prat ved tegnehylla",
  text = function(s)
    local t = {
      "Du har spurt Selma om hun vil hjelpe deg å rydde tegnehylla i storefri. Dere sorterer tusjer mens de andre er ute. Du har forberedt deg: du vil si hva du har sett, si at du kan ta feil, og spørre hvordan hun har det.",
      "du: Jeg har lagt merke til at du har vært uten matpakke flere ganger i det siste, og at du passer veldig godt på Oskar. Jeg kan ta feil, men jeg lurer på hvordan du har det hjemme for tida.",
    }
    if s.snakket_mor then
      t[#t + 1] = "Selma ser ned i tusjboksen."
      t[#t + 1] = "selma: Mamma sa at du hadde snakket med henne. Hun sa at alt er fint hjemme."
      t[#t + 1] = "Hun sorterer en stund uten å si noe. Så fortsetter hun, lavt."
    elseif s.mor_konfrontert then
      t[#t + 1] = "selma: Mamma gråt etter at du snakket med henne ved porten."
      t[#t + 1] = "Hun sorterer en stund uten å si noe. Så fortsetter hun, lavt."
    end
    t[#t + 1] = "selma: Mamma er så sliten om kveldene. Hun sover på sofaen når vi kommer hjem. Da smører jeg brødskiver til Oskar og hjelper ham med pysjen og legger ham."
    t[#t + 1] = "selma: Det er min skyld at hun blir lei seg. Oskar og jeg krangler så mye."
    t[#t + 1] = "Så blir stemmen litt lysere."
    t[#t + 1] = "selma: Men på onsdager er vi hos mormor. Da får vi middag, og hun leser for Oskar, og jeg får være med og lage mat."
    t[#t + 1] = "Hun ser på deg."
    t[#t + 1] = "selma: Du må love at du ikke sier det til noen. Mamma blir så lei seg."
    return avsnitt(t)
  end,
  observe = { "lager_mat", "skyld", "mormor" },
  concern = 4,
  facilitator = [[
    Ekspertnivå 4 (bekymring, samarbeid). Selma forteller selv om rollebytte
    over tid – hun lager mat til og legger lillebror når mor sover på sofaen –
    og hun tar på seg skylden. Det barnet forteller, veier tungt. Onsdagene
    hos mormor er en ekte beskyttelsesfaktor, men oppveier ikke resten. Nå er
    det grunn til samarbeid med andre tjenester, og dere bør vurdere om
    opplysningsplikten kan være nær. Nivå 5 ville kreve mer om alvoret, for
    eksempel at barna er uten en voksen som kan ta vare på dem.

    Spørsmål: Hva svarer dere et barn som ber dere love å ikke si noe? Hvordan
    sier dere «det er ikke din skyld» til en niåring? Hva vil dere avtale med
    Selma om det mor skal få vite?
  ]],
  choices = {
    { text = "Si at du ikke kan love å holde det hemmelig, men at du lover å fortelle henne hva du gjør og hvem som får vite det. Si at det ikke er hennes skyld, spør hva hun er mest redd for, og avtal hva du kan si til mamma.",
      next = etter_samtalene, targets = { "mote_mor", "samarbeidsmote", "desember", "mandag" },
      score = { samtale = 2, lov = 1 },
      set = { snakket_selma = true, avtalt_med_selma = true }, add = { tillit_selma = 1, uker = 1 },
      feedback = "Godt. Du lover ikke noe du ikke kan holde, men du gir Selma kontroll over det hun kan: å vite hva som skjer. Du gir henne informasjon tilpasset alderen (det er ikke hennes skyld), og du tar redselen hennes på alvor. Å avtale hva mor skal få høre, gjør det tryggere for Selma å ha fortalt." },
    { text = "Lov henne at dette blir mellom dere to, så hun fortsetter å stole på deg.",
      next = etter_samtalene, targets = { "mote_mor", "samarbeidsmote", "desember", "mandag" },
      score = { samtale = -1, lov = -2 },
      set = { snakket_selma = true, lovet_hemmelig = true }, add = { tillit_selma = 1, uker = 1 },
      feedback = "Velment, men skadelig. Du kan ikke holde et slikt løfte: det du har hørt, må drøftes og kanskje meldes. Når løftet brytes senere, lærer Selma at voksne ikke holder ord – akkurat det hun trenger minst. Si heller ærlig hva du kan og ikke kan holde for deg selv." },
    { text = "Still flere konkrete spørsmål, så du får et fullstendig bilde: hva mamma drikker, hvor mye og hvor ofte.",
      next = etter_samtalene, targets = { "mote_mor", "samarbeidsmote", "desember", "mandag" },
      score = { samtale = -1 },
      set = { snakket_selma = true }, add = { tillit_selma = -1, uker = 1 },
      feedback = "Forståelig – du vil ha noe konkret å gå videre med. Men Selma skal ikke avhøres, og det er ikke din oppgave å etterforske. Spørsmål om flasker og mengder setter henne i en lojalitetskonflikt og kan få henne til å lukke seg. Spør åpent om hvordan *hun* har det, og la de nærmere undersøkelsene ligge hos andre." },
    { text = "Trøst henne med at mamma nok bare er sliten for tida, og at det sikkert går over.",
      next = etter_samtalene, targets = { "mote_mor", "samarbeidsmote", "desember", "mandag" },
      score = { samtale = -1, signaler = -1 },
      set = { snakket_selma = true }, add = { tillit_selma = -1, uker = 1 },
      feedback = "Du vil trøste, men du bekrefter familiens forklaring og lukker samtalen. Selma har nettopp fortalt om et voksenansvar hun ikke skal ha. Hun trenger å høre at du har hørt henne, at det ikke er hennes skyld, og at voksne skal hjelpe – ikke at alt sikkert går over." },
  },
}

scene {
  id = "mote_mor", title = "Møte med Hanne",
  text = function(s)
    local t = {}
    t[#t + 1] = "En ettermiddag kommer Hanne til et møte på skolen. Dere sitter på et grupperom med kaffe."
    if s.snakket_selma and s.lovet_hemmelig then
      t[#t + 1] = "Du har lovet Selma at det hun fortalte, skal bli mellom dere. Derfor holder du deg til det du selv har sett."
    elseif s.avtalt_med_selma then
      t[#t + 1] = "Du har avtalt med Selma at du kan fortelle mamma at hun ofte lager mat til Oskar om kveldene, og at hun blir lei seg når mamma er sliten."
    elseif s.snakket_selma then
      t[#t + 1] = "Du har snakket med Selma, men dere avtalte ikke hva mamma skulle få vite. Du har med det du selv har sett."
    else
      t[#t + 1] = "Du har ikke snakket med Selma ennå, så du har med det du selv har sett."
    end
    if s.mor_konfrontert or s.mormor_kontaktet then
      t[#t + 1] = "Hanne er stiv i starten og sier at hun ikke likte det som skjedde i høst."
    end
    t[#t + 1] = "Du legger fram det du er bekymret for, med datoer. Etter noen minutter blir Hanne blid. Hun takker for at du bryr deg, nikker og er enig i alt du sier."
    t[#t + 1] = "hanne: Du har helt rett, det har vært en tung høst. Bruddet med Tor i vår, og nå strekker ikke pengene til. Jeg sover så dårlig."
    t[#t + 1] = "hanne: Jeg tar et glass eller to om kvelden for å få sove. Det gjør vel de fleste."
    t[#t + 1] = "hanne: Og gymtøyet lå hos Tor en hel uke. Barna er der annenhver helg, og ting havner på feil sted."
    t[#t + 1] = "hanne: Men jeg skal skjerpe meg med matpakkene. Det lover jeg."
    return avsnitt(t)
  end,
  observe = { "blid_mor", "et_glass", "brudd_okonomi", "klaer_far" },
  concern = 4,
  facilitator = [[
    Ekspertnivå 4 (bekymring, samarbeid). Hannes vennlighet og løfter endrer
    ikke det som er sett over tid, og heller ikke det Selma har fortalt hvis
    dere snakket med henne først. Hanne forteller selv om risikofaktorer
    (brudd, økonomi, søvn) og om alkohol brukt som sovemiddel. Det trekker
    bekymringen opp, ikke ned. Gymtøyet hos Tor forklarer én ting, ikke alt.
    Riktig nivå er samarbeid med samtykke.

    Spørsmål: Hvordan holder dere fast ved bekymringen uten å bli
    konfronterende? Hva må Hanne vite for at samtykket skal være informert?
    Tor har også foreldreansvar – hva betyr det for samtykket og for
    informasjonen til ham? Hva gjør dere hvis hun sier nei?
  ]],
  choices = {
    { text = "Si at du tror henne på at høsten har vært tung, og gjenta konkret hva du er bekymret for. Tilby helsesykepleier for Selma, og fortell om fastlegen og kommunens rus- og psykiske helsetjeneste for henne selv. Spør om samtykke til samarbeid mellom skolen, helsesykepleier og barnehagen, og avtal et nytt møte.",
      next = etter_samtalene, targets = { "samtale_selma", "samarbeidsmote", "desember", "mandag" },
      score = { samtale = 2, samarbeid = 2 },
      set = { snakket_mor = true, spurt_samtykke = true }, add = { tillit_mor = 1, uker = 1 },
      effect = function(s) if s.tillit_mor >= 0 then s.samtykke = true end end,
      feedback = "Godt. Du møter Hanne med respekt uten å la vennligheten hennes avslutte saken. Du holder deg til det du har sett, tilbyr hjelp til både Selma og henne selv, og ber om et informert samtykke til samarbeid (BTI nivå 2). Samtykket gis til tjenestene, skal dokumenteres og kan trekkes tilbake. Om hun sier ja, avhenger også av hvordan skolen har møtt henne tidligere." },
    { text = "Takk for forklaringen. Det høres ut som en tung periode som går over. Avtal at dere holder kontakten.",
      next = etter_samtalene, targets = { "samtale_selma", "samarbeidsmote", "desember", "mandag" },
      score = { signaler = -2 },
      set = { snakket_mor = true }, add = { uker = 1 },
      feedback = "Her gikk du i fella. Hanne er hyggelig og har forklaringer, men ingenting av det hun sier, endrer det du har sett, og «et glass eller to for å få sove» kan være en bagatellisering. Uten tilbud, plan og ny dato står du der du startet, mens Selma fortsetter å bære ansvaret hjemme." },
    { text = "Si tydelig at hvis ikke matpakkene og hentingen kommer i orden fra nå av, må skolen melde til barnevernet.",
      next = etter_samtalene, targets = { "samtale_selma", "samarbeidsmote", "desember", "mandag" },
      score = { samtale = -1, lov = -1 },
      set = { snakket_mor = true }, add = { tillit_mor = -1, uker = 1 },
      feedback = "Det er riktig å være åpen om at skolen har opplysningsplikt, men brukt som trussel virker det mot sin hensikt. Hanne blir redd og forsvarer seg, og barnevernet blir en straff i stedet for en hjelp. Opplysningsplikten handler dessuten om hvor alvorlig barnets situasjon er, ikke om matpakkene kommer i orden." },
    { text = "Fortell Hanne ordrett alt Selma sa, også at hun tror det er hennes skyld. Da forstår hun hvor alvorlig det er.",
      when = function(s) return s.snakket_selma end,
      next = etter_samtalene, targets = { "samtale_selma", "samarbeidsmote", "desember", "mandag" },
      score = { samtale = -2 },
      set = { snakket_mor = true }, add = { tillit_selma = -1, uker = 1 },
      feedback = "Du vil at Hanne skal forstå, men du går lenger enn Selma har gitt deg lov til. Når barnets egne ord legges fram ordrett, kan forelderen føle seg angrepet av sitt eget barn, og barnet risikerer press eller skyld hjemme. Del det barnet har sagt ja til, og hold deg ellers til det du selv har sett." },
  },
}

scene {
  id = "samarbeidsmote", title = "Samarbeidsmøte",
  text = [[
    Tre uker senere møtes dere på skolen: Hanne, helsesykepleier Anita,
    Marius fra Oskars avdeling i barnehagen og du. Både Hanne og Tor har
    skrevet under på samtykket til samarbeid, og dere har opprettet en
    stafettlogg.

    marius: Oskar har begynt å tisse på seg igjen, og han er urolig i
    samlingsstunden. Det var han ferdig med for over et år siden.

    hanne: Jeg har bestilt time hos fastlegen neste uke. Jeg vil snakke med
    henne om drikkingen. Jeg vet at det har blitt for mye.

    Hun ser ned i bordet.

    anita: Vi har en samtalegruppe for barn som har en forelder med rus eller
    psykiske vansker. En ny gruppe starter i februar.

    Alle ser på deg. Det er du som kjenner Selma best, og det er du som har
    kalt inn til møtet.
  ]],
  observe = { "oskar_tisser", "mor_fastlege" },
  concern = 4,
  facilitator = [[
    Ekspertnivå 4 (bekymring, samarbeid). Oskars tilbakegang er et nytt tegn,
    nå fra barnehagen. Samtidig er det en sterk ressurs at Hanne selv har
    bestilt time og sier at det har blitt for mye. Dette er frivillig hjelp
    med samtykke, og ingen har beskrevet alvorlig omsorgssvikt. Bekymringen
    holder seg på samarbeidsnivå.

    Spørsmål: Hvem bør være stafettholder, og hvorfor? Hva skal stå i
    stafettloggen? Hvordan sier dere til Hanne at dere har opplysningsplikt,
    uten at det blir en trussel? Hva kan fastlegen gjøre for barna når Hanne
    er pasient (helsepersonelloven § 10 a)?
  ]],
  choices = {
    { text = "Foreslå en skriftlig plan: Anita blir stafettholder, Selma får tilbud om samtalegruppa, skolen og barnehagen deler det de ser innenfor samtykket, og dere evaluerer om fire uker. Si også åpent til Hanne at skolen, barnehagen og helsesykepleier har plikt til å melde til barnevernet hvis de får grunn til å tro at barna utsettes for alvorlig omsorgssvikt.",
      next = "mandag", score = { samarbeid = 2, lov = 1 },
      set = { plan = true }, add = { uker = 4 },
      feedback = "Godt. En skriftlig plan med stafettholder, tiltak, ansvar og dato for evaluering er kjernen i BTI. Samtalegruppa gir Selma et sted der hun får informasjon og slipper skyld. Å nevne opplysningsplikten som informasjon og ikke som trussel gjør at Hanne ikke blir overrumplet hvis det blir nødvendig." },
    { text = "Foreslå at dere inviterer barnevernstjenesten til neste møte som en frivillig hjelpetjeneste, hvis foreldrene samtykker.",
      next = "mandag", score = { samarbeid = 1, lov = 1 },
      add = { uker = 4 },
      feedback = "Forsvarlig. Under terskelen for opplysningsplikt kan barnevernet kobles inn med foreldrenes samtykke og tilby frivillige hjelpetiltak. Men uten en plan for hvem som gjør hva de neste ukene, risikerer dere at møtet bare skyver ansvaret videre. Planen med stafettholder bør komme først." },
    { text = "Tilby å hjelpe Hanne selv: du kan kjøre Selma og Oskar hjem et par dager i uka og ordne matpakker til Selma på skolen.",
      next = "mandag", score = { samarbeid = -1 },
      add = { uker = 4 },
      feedback = "Godt ment, men du tar over foreldrenes rolle og går ut av din egen. Det kan dekke over problemene i stedet for å løse dem, og det gjør deg til privat hjelper i en sak der du også skal vurdere og kanskje melde. Hjelp Hanne til å få hjelp, og la tiltakene gå gjennom tjenestene." },
  },
}

scene {
  id = "desember", title = "Desember",
  text = function(s)
    local t = {}
    if s.snakket_selma and s.snakket_mor then
      if s.spurt_samtykke then
        t[#t + 1] = "Det er midten av desember. Etter det som skjedde i høst, ville Hanne «tenke på» samtykket til samarbeid. Hun har ikke kommet tilbake til det, og det er ikke lagt noen plan."
      else
        t[#t + 1] = "Det er midten av desember, noen uker etter møtet med Hanne. Det er ikke gitt noe samtykke til samarbeid, og det er ikke lagt noen plan."
      end
    else
      t[#t + 1] = "Det er midten av desember. Skolen har ventet, slik Berit foreslo. Ingen har snakket med Selma eller Hanne om bekymringen."
    end
    t[#t + 1] = "Hanne har ikke svart på de tre siste meldingene dine i skole-appen."
    t[#t + 1] = "Selma blir på SFO til det stenger hver dag. I går spurte hun om hun kunne bli igjen og hjelpe til med å rydde etter stengetid."
    t[#t + 1] = "selma: Må jeg gå hjem nå? Jeg kan vaske penslene først."
    t[#t + 1] = "Forrige uke var hun borte to dager med omgangssyke, som halve klassen."
    return avsnitt(t)
  end,
  observe = { "svarer_ikke", "sfo_sist", "omgangssyke" },
  concern = 4,
  facilitator = [[
    Ekspertnivå 4 (bekymring, samarbeid). Selma holder seg borte fra
    hjemmet, mor svarer ikke, og ingen plan er lagt. Omgangssyken er nøytral.
    Bekymringen er høy og varer ved; det er på tide å drøfte med
    barnevernstjenesten og samarbeide. Om terskelen for opplysningsplikt er
    nådd, bør vurderes nå, men det er ennå ikke beskrevet alvorlig
    omsorgssvikt.

    Spørsmål: Hvorfor ble det stille? Hva ville dere gjort annerledes i
    november? Hvordan kan SFO og skolen dele det de ser, slik at tegnene ikke
    blir liggende hos hver sin voksen?
  ]],
  choices = {
    { text = "Nå må noe skje: ta notatene til Berit, drøft saken uten navn med barnevernstjenesten, og snakk med Selma og så med Hanne denne uka.",
      when = function(s) return not s.snakket_selma end,
      next = "samtale_selma", score = { signaler = 1, samarbeid = 1, lov = 1 },
      set = { desember_sett = true }, add = { uker = 1 },
      feedback = "Godt – bedre sent enn aldri. Dere har ventet i flere uker mens tegnene har hopet seg opp. Nå gjør du det trappen sier: leder, drøfting uten navn, samtale med barnet og så med mor. Å få hjelp til å vurdere alvoret er klokt når du er usikker." },
    { text = "Ta saken til Berit igjen, drøft den uten navn med barnevernstjenesten for å vurdere om terskelen for opplysningsplikt er nådd, og be Hanne om et nytt møte.",
      when = function(s) return s.snakket_selma end,
      next = "mandag", score = { signaler = 1, samarbeid = 1, lov = 1 },
      set = { desember_sett = true }, add = { uker = 3 },
      feedback = "Godt. Samtalene er tatt, men uten samtykke og plan har ingenting endret seg, og nye tegn har kommet til. Drøfting uten navn hjelper dere å vurdere om det nå er grunn til å tro at Selma utsettes for alvorlig omsorgssvikt. Et nytt møte gir Hanne en ny mulighet til å ta imot frivillig hjelp." },
    { text = "Send Hanne en ny, vennlig melding om SFO-tidene, og vent til over nyttår med å gjøre mer.",
      next = "mandag", score = { signaler = -1, lov = -1 },
      set = { desember_sett = true }, add = { uker = 3 },
      feedback = "Meldingen er vennlig, men det samme har ikke virket før. Selma holder seg borte fra hjemmet, og mor svarer ikke. Å vente til over nyttår uten å drøfte saken med noen er å vente på sikker viten, det som både loven og retningslinjen advarer mot." },
    { text = "Be SFO-lederen skrive ned når Selma blir hentet fram til vinterferien, så dere får et bedre grunnlag.",
      next = "mandag", score = { signaler = 1, lov = -1 },
      set = { desember_sett = true }, add = { uker = 3 },
      feedback = "Mer dokumentasjon er nyttig, men ikke alene. Dere har allerede nok til å drøfte saken og handle. Når bekymringen er på dette nivået, blir mer logging en måte å utsette beslutningen på." },
  },
}

scene {
  id = "mandag", title = "En mandag morgen",
  text = function(s)
    local t = {}
    if s.samtykke then
      t[#t + 1] = "En mandag morgen, noen uker senere, ringer Marius fra barnehagen før første time. Han kan fortelle deg dette fordi foreldrene har samtykket til samarbeidet."
      t[#t + 1] = "marius: Selma fulgte Oskar alene til barnehagen i morges, kvart over åtte. Ingen voksen var med. Han hadde pysjbuksa på under dressen."
    else
      t[#t + 1] = "En mandag morgen, noen uker senere, kommer Selma tjue minutter for sent. Hun sier at hun måtte følge Oskar alene til barnehagen først."
    end
    t[#t + 1] = "I friminuttet blir Selma stående igjen ved kateteret. Hun har ventet til de andre har gått ut, og hun snakker fort, som om hun må få det ut."
    if s.lovet_hemmelig then
      t[#t + 1] = "selma: Du lovet at det skulle bli mellom oss. Men jeg må si det til noen."
    end
    t[#t + 1] = "selma: I går lå mamma på gulvet i stua. Det sto en flaske ved siden av henne. Hun svarte ikke da jeg ropte."
    t[#t + 1] = "selma: Jeg ga Oskar cornflakes til middag og la ham. I dag tidlig sa mamma bare «gå dere» uten å åpne øynene."
    if s.lovet_hemmelig then
      t[#t + 1] = "Hun ser på deg for å se om du holder ord."
    elseif s.tillit_selma >= 1 then
      t[#t + 1] = "selma: Jeg ville si det til deg. Du sa at du alltid skal fortelle meg hva du gjør."
    else
      t[#t + 1] = "selma: Jeg visste ikke hvem andre jeg skulle si det til."
    end
    t[#t + 1] = "Om seks timer skal Selma og Oskar hjem."
    return avsnitt(t)
  end,
  observe = { "gulvet", "leverte_alene", "selma_forteller" },
  concern = 5,
  facilitator = [[
    Ekspertnivå 5 (alvorlig bekymring, plikt). Selma forteller at mor lå på
    gulvet uten å svare, at hun selv ga lillebror mat og la ham, og hun har
    fulgt ham alene til barnehagen. Sammen med tegnene over tid gir dette
    grunn til å tro at barna utsettes for alvorlig omsorgssvikt. Beviskravet
    er lavt, men forholdet er alvorlig – begge deler av terskelen er
    oppfylt. Opplysningsplikten til barnevernet gjelder nå.

    Spørsmål: Hvorfor ringe i dag, og ikke i morgen? Hvem tar imot en
    melding etter arbeidstid (barnevernsvakt)? Hva sier dere til Selma, og
    hva sier dere ikke? Skal Hanne få vite om meldingen, og av hvem?
  ]],
  choices = {
    { text = "Gå til Berit nå og meld til barnevernet i dag. Ring barnevernstjenesten før lunsj, så de rekker å vurdere situasjonen før barna skal hjem, og send skriftlig melding etterpå. Si til Selma hva du gjør og hvorfor.",
      next = "etter_melding", score = { lov = 3, samarbeid = 1, samtale = 1 },
      feedback = "Riktig. Nå er det grunn til å tro at barna utsettes for alvorlig omsorgssvikt, og da har du en personlig plikt til å gi opplysninger til barnevernet. Plikten går foran taushetsplikten og krever ikke at du er sikker. Ringer du før lunsj, kan barnevernet vurdere om barna trenger hjelp allerede i kveld. Du følger rutinen ved å gjøre det sammen med rektor, og holder ordet ditt til Selma ved å si hva som skjer." },
    { text = "Ring Hanne og be om et møte i morgen tidlig, så hun får sjansen til å forklare seg før dere gjør noe mer.",
      next = "tirsdag", score = { lov = -2, signaler = -1 },
      set = { forsinket = true },
      feedback = "Det er lett å ville gi Hanne en sjanse til å forklare seg, særlig når hun har vært hyggelig og enig i møtene. Men et ønske om å være rettferdig mot Hanne endrer ikke det Selma forteller om i går kveld. Når terskelen er nådd, er det ikke lenger et valg å snakke med mor først: plikten gjelder nå, og barna skal hjem i ettermiddag." },
    { text = "Gå til Berit, fortell hva Selma har sagt, og be henne avgjøre om skolen skal melde.",
      next = "rektor_noler", score = { samarbeid = 1 },
      feedback = "Det er riktig å ta med leder – beslutningen skal forankres hos leder. Men plikten er din personlig. Å gi saken til rektor fritar deg ikke hvis ingen melder. Si tydelig at du mener terskelen er nådd." },
    { text = "Hold løftet du ga Selma. Si ikke noe videre, men følg ekstra godt med på henne.",
      when = function(s) return s.lovet_hemmelig end,
      next = "slutt_stille", score = { lov = -3, samtale = -1 },
      set = { stille = "lofte" },
      feedback = "Et løfte om hemmelighold kan aldri gå foran opplysningsplikten. Selma har fortalt om en situasjon som gir grunn til å tro at hun og Oskar utsettes for alvorlig omsorgssvikt. Når du tier, går to barn hjem til det samme i kveld. Lærdommen er å aldri love hemmelighold – og å si åpent fra til barnet når du må bryte et slikt løfte." },
    { text = "Ring mormor og be henne hente barna i dag og ta en prat med Hanne. Da er barna trygge i kveld.",
      next = "slutt_stille", score = { lov = -2 },
      set = { stille = "mormor" },
      feedback = "Omsorgsfullt tenkt, og mormor er en viktig ressurs. Men du deler taushetsbelagte opplysninger med familien uten samtykke, og du løser bare én kveld. Barnevernet får ikke vite noe, og ingen får ansvar for å vurdere barnas situasjon over tid. Opplysningsplikten oppfylles bare ved å gi opplysningene til barnevernet." },
  },
}

scene {
  id = "rektor_noler", title = "Rektor nøler",
  text = [[
    Berit hører på deg. Hun er stille en stund.

    berit: Jeg forstår at dette er alvorlig. Men kan vi ikke vente til vi har
    snakket med Hanne? Jeg er redd for at en melding ødelegger samarbeidet vi
    prøver å få til med familien.

    Det er {uker} uker siden du første gang så at Selma manglet matpakke.
    Om seks timer skal Selma og Oskar hjem.
  ]],
  facilitator = [[
    Ingen ny bekymringsvurdering; nivå 5 fra forrige scene gjelder. Scenen
    handler om at opplysningsplikten er personlig.

    Spørsmål: Hva sier rutinene deres om hvem som sender en melding? Hvordan
    står dere i en uenighet med leder? Hva er forskjellen på å drøfte uten
    navn og å melde?
  ]],
  choices = {
    { text = "Si at du mener terskelen er nådd, og at plikten er personlig. Spør om hun vil melde sammen med deg nå. Hvis ikke, melder du selv i dag og skriver ned hva dere har drøftet.",
      next = "etter_melding", score = { lov = 2, samarbeid = 1 },
      feedback = "Riktig, og modig. Retningslinjen sier at en beslutning bør forankres hos leder, men loven sier at opplysningsplikten er personlig. Når vilkårene er oppfylt og leder vil vente, skal du melde selv. Å tilby å gjøre det sammen, og å skrive ned drøftingen, er både lojalt og ryddig." },
    { text = "Foreslå at dere ringer barnevernstjenesten uten å si navn og ber om råd, og at dere melder med en gang hvis de mener terskelen er nådd.",
      next = "etter_melding", score = { lov = 1, samarbeid = 1 },
      set = { drofting_forst = true },
      feedback = "Forsvarlig: drøfting uten navn kan hjelpe en leder som er usikker, og barnevernstjenesten vil trolig be dere melde med en gang. Men når du selv mener terskelen er nådd, trenger du ikke råd for å oppfylle plikten. Dagen er kort, og barna skal hjem i ettermiddag." },
    { text = "Godta at rektor har siste ord. Skriv ned at du tok det opp, og vent til dere har snakket med Hanne.",
      next = "slutt_stille", score = { lov = -2 },
      set = { stille = "rektor" },
      feedback = "Det er lett å la leder bestemme, og det kan føles lojalt. Men når det er grunn til å tro at barn utsettes for alvorlig omsorgssvikt, fritar det deg ikke at leder vil vente. Et notat om at du sa fra, beskytter kanskje deg, men ikke Selma og Oskar i kveld." },
  },
}

scene {
  id = "tirsdag", title = "Tirsdag",
  text = [[
    Tirsdag klokka ti på åtte får du en melding fra Hanne: «Er syk i dag.
    Kan ikke komme på møtet. Barna blir hjemme.»

    Selma kommer ikke på skolen. Du ringer Hanne to ganger, men hun svarer
    ikke.

    Du tenker på det Selma fortalte i går: mamma på gulvet, flaska,
    cornflakes til middag.
  ]],
  facilitator = [[
    Ingen ny bekymringsvurdering; nivå 5 gjelder fortsatt, og bekymringen har
    om noe økt.

    Spørsmål: Hva er risikoen ved å «gi mor en sjanse først» når terskelen er
    nådd? Når bør dere ringe barnevernsvakten eller politiet i stedet for å
    melde på vanlig måte? Hva ville dere sagt til Selma i går, om dere kunne
    gjøre det på nytt?
  ]],
  choices = {
    { text = "Meld til barnevernet nå, sammen med Berit. Fortell hva Selma sa i går, at barna ikke er på skolen i dag, og at Hanne ikke svarer.",
      next = "etter_melding", score = { lov = 2, samarbeid = 1 },
      feedback = "Riktig, men en dag for sent. Det som gjorde det nødvendig å melde, visste du allerede i går. Nå er barna hjemme uten at noen utenfor familien vet hvordan de har det. Meldingen i dag, med alt du vet, gjør at barnevernet kan undersøke raskt, også om barna trenger hjelp akkurat nå." },
    { text = "Vent til Selma er tilbake på skolen, så du kan høre hvordan det går.",
      next = "slutt_stille", score = { lov = -2 },
      set = { stille = "vent" },
      feedback = "Å vente nå er å la barna være alene med det. Et avlyst møte, barn som holdes hjemme og en mor som ikke svarer, gjør bekymringen større, ikke mindre. Plikten inntrådte i går og gjelder fortsatt." },
  },
}

scene {
  id = "etter_melding", title = "Etter meldingen",
  on_enter = function(s)
    -- Et løfte om hemmelighold som brytes, koster tillit uansett hvor godt det gjøres.
    if s.lovet_hemmelig then s.tillit_selma = s.tillit_selma - 2 end
  end,
  text = function(s)
    local t = {}
    if s.forsinket then
      t[#t + 1] = "Meldingen går til barnevernstjenesten tirsdag formiddag. Leila fra barnevernstjenesten ringer tilbake etter en halvtime."
      t[#t + 1] = "leila: Takk for at dere meldte. Vi drar hjem til familien nå. Vi vil gjerne snakke med Selma på skolen i morgen, og vi vil gjerne at du er i nærheten."
    else
      if s.drofting_forst then
        t[#t + 1] = "Barnevernstjenesten er tydelig i den anonyme drøftingen: dette skal meldes. Dere ringer tilbake med navn med en gang, og sender skriftlig melding etterpå."
      else
        t[#t + 1] = "Du og Berit ringer barnevernstjenesten klokka elleve og sender skriftlig melding etterpå."
      end
      t[#t + 1] = "Leila fra barnevernstjenesten ringer tilbake etter en halvtime."
      t[#t + 1] = "leila: Takk for at dere meldte. Vi kommer til skolen klokka ett og snakker med Selma. Vi vil gjerne at du er i nærheten."
    end
    t[#t + 1] = "leila: Vi kontakter Hanne selv, rett etter samtalen med Selma. Vent med å si noe til henne før det."
    t[#t + 1] = "Du tenker på Selma, som har valgt å fortelle deg alt dette."
    return avsnitt(t)
  end,
  facilitator = [[
    Ingen bekymringsvurdering her; meldingen er sendt.

    Spørsmål: Hva har barn rett til å vite når barnevernet kommer? Hvem skal
    fortelle forelderen om meldingen, og når? Hva gjør dere hvis Hanne kommer
    sint til skolen i morgen? Hvordan fortsetter skolen å være et trygt sted
    for Selma? Hvilken hjelp kan Hanne selv få?
  ]],
  choices = {
    { text = "Fortell Selma med enkle ord hvem som kommer og hvorfor: at noen voksne skal hjelpe familien, at det ikke er hennes skyld, og at du er i nærheten. Har du lovet henne hemmelighold, si at du ikke kunne holde det, og hvorfor.",
      next = function(s)
        if s.samtykke and not s.forsinket and s.selma_informert and s.tillit_selma >= 1 then
          return "slutt_god"
        end
        return "slutt_delvis"
      end,
      targets = { "slutt_god", "slutt_delvis" },
      score = { samtale = 2, samarbeid = 1 },
      set = { selma_informert = true }, add = { tillit_selma = 1 },
      feedback = "Godt. Barn har rett til informasjon tilpasset alderen og til å bli hørt i saker som gjelder dem. Når Selma vet hva som skal skje og hører at det ikke er hennes skyld, blir det mindre skremmende, og tilliten hennes til voksne kan holde. Samtidig følger du barnevernets plan for når Hanne skal få vite." },
    { text = "Ikke si noe til Selma. Hun har nok å bære, og barnevernet kan forklare når de kommer.",
      next = "slutt_delvis",
      score = { samtale = -1 },
      feedback = "Du vil skåne henne, men Selma møter fremmede voksne uten å vite hvorfor, rett etter at hun valgte å betro seg til deg. Hun kan oppleve det som et svik. Hun har rett til å få vite, med enkle ord, hva som skjer og hvorfor." },
    { text = "Ring Hanne med en gang og si at skolen har meldt. Hun fortjener å høre det fra deg, ikke fra andre.",
      next = "slutt_delvis",
      score = { samarbeid = -1, lov = -1 },
      set = { hanne_varslet = true },
      feedback = "Åpenhet mot foreldre er viktig, og ofte er det riktig at skolen selv sier fra om en melding. Men barnevernstjenesten har bedt deg vente til de har snakket med Selma. Ringer du nå, kan Hanne ringe Selma eller komme til skolen før samtalen, og Selma kan bli satt under press. Følg avtalen, og vær åpen med Hanne etterpå." },
  },
}

-- Avslutninger ---------------------------------------------------------------------

local function uker_tekst(s)
  return "Det gikk " .. math.floor(s.uker) .. " uker fra du første gang så at Selma manglet matpakke, til barnevernet fikk vite hvordan hun hadde det."
end

ending {
  id = "slutt_god", title = "Et nett rundt Selma", outcome = "good",
  text = function(s)
    local t = {
      "Leila snakket med Selma samme dag, og med Hanne rett etterpå. Hanne var sint og redd – og lettet. Hun sa ja til hjelpetiltak i hjemmet, og fastlegen henviste henne videre til behandling.",
      "Selma begynte i samtalegruppa i februar. Der møtte hun andre barn som har det som henne, og hun hørte at det ikke er barn som skal passe på voksne. Med foreldrenes samtykke ble mormor en del av planen, og onsdagene ble til to dager i uka.",
    }
    if s.plan then
      t[#t + 1] = "Stafettloggen viser hvem som gjør hva. Anita er fortsatt stafettholder, og dere møtes hver fjerde uke."
    else
      t[#t + 1] = "Dere fikk laget en skriftlig plan sammen med barnevernstjenesten, med en stafettholder og faste møter."
    end
    if s.meldt_tidlig then
      t[#t + 1] = "Meldingen du sendte i oktober, ble lagt bort fordi den var for tynn. Denne gangen hadde du datoer, samtaler og konkrete opplysninger."
    end
    t[#t + 1] = uker_tekst(s) .. " Underveis snakket du med Selma, med Hanne og med de andre tjenestene. Da terskelen ble nådd, meldte du samme dag."
    t[#t + 1] = "Selma kommer fortsatt bort til kateteret etter timen. Nå spør hun om hun kan låne tusjene."
    return avsnitt(t)
  end,
}

ending {
  id = "slutt_delvis", title = "Hjelpen kom – men noe gikk tapt", outcome = "mixed",
  text = function(s)
    local t = { "Barnevernstjenesten startet en undersøkelse, og familien fikk hjelpetiltak i hjemmet. Hanne begynte etter hvert å gå til samtaler i kommunens rus- og psykiske helsetjeneste." }
    if s.forsinket then
      t[#t + 1] = "Meldingen kom en dag senere enn den burde. Da barnevernstjenesten kom hjem til familien tirsdag, hadde barna vært hjemme siden mandag ettermiddag med en mor som ikke var i stand til å ta vare på dem. De bodde hos mormor en uke mens familien fikk hjelp."
    end
    -- Ett avsnitt om Selmas tillit: det viktigste bruddet teller.
    if s.hanne_varslet then
      t[#t + 1] = "Etter telefonen fra deg rakk Hanne å snakke med Selma før Leila gjorde det. Til Leila sa Selma at alt var fint hjemme. Det tok flere uker før hun fortalte igjen."
    elseif s.lovet_hemmelig then
      t[#t + 1] = "Selma visste at du hadde lovet å holde det hemmelig. Selv om du forklarte hvorfor du ikke kunne, holdt hun seg unna deg resten av vinteren."
    elseif not s.selma_informert then
      t[#t + 1] = "Selma ble overrasket av de fremmede voksne. I flere uker etterpå svarte hun bare «bra» når du spurte hvordan hun hadde det."
    elseif s.tillit_selma < 1 then
      t[#t + 1] = "Første gang Selma fortalte, ble hun ikke møtt slik hun trengte. Det tok lang tid før hun betrodde seg til voksne igjen."
    end
    if not s.samtykke then
      t[#t + 1] = "Fordi det aldri ble lagt en plan sammen med Hanne før krisen, startet barnevernstjenesten nesten fra null. Det tok tid før Hanne ville ta imot hjelp."
    end
    if s.meldt_tidlig then
      t[#t + 1] = "Meldingen du sendte i oktober, ble lagt bort fordi den var for tynn. Den endret ikke noe for Selma."
    end
    t[#t + 1] = uker_tekst(s)
    t[#t + 1] = "Hjelpen kom. Men den kom senere, eller på en måte som kostet mer, enn den kunne ha gjort."
    return avsnitt(t)
  end,
}

ending {
  id = "slutt_stille", title = "Det ble stille", outcome = "poor",
  text = function(s)
    local t = {}
    if s.stille == "mormor" then
      t[#t + 1] = "Mormor hentet barna den ettermiddagen. Hanne ble rasende – på moren sin og på skolen. Etter to dager var barna hjemme igjen, og Hanne sa at onsdagene hos mormor var slutt for en stund."
    elseif s.stille == "lofte" then
      t[#t + 1] = "Du holdt løftet. Selma gikk hjem med Oskar den ettermiddagen, og dagen etter, og dagen etter der."
    elseif s.stille == "rektor" then
      t[#t + 1] = "Dere ventet på et møte med Hanne. Hun meldte avbud to ganger."
    else
      t[#t + 1] = "Selma var borte resten av uka. Da hun kom tilbake, sa hun at alt var fint."
    end
    t[#t + 1] = "Sent en kveld tre uker senere ringte en nabo politiet. Selma sto i trappeoppgangen med Oskar og sa at mamma ikke ville våkne. Legevakten tok seg av Hanne, og barnevernsvakten tok seg av barna den natta."
    t[#t + 1] = "Barnevernstjenesten fikk meldingen fra politiet, ikke fra skolen. I undersøkelsen kom det fram at skolen hadde vært bekymret i flere måneder."
    t[#t + 1] = "Den mandagen Selma fortalte deg om kvelden på gulvet, var det " .. math.floor(s.uker) .. " uker siden du første gang så at hun manglet matpakke."
    t[#t + 1] = "Selma kommer ikke lenger bort til kateteret etter timen."
    return avsnitt(t)
  end,
}
