-- Demo: et lite eksempel som bruker alle deler av scenarioformatet.
--
-- Denne filen er skrevet for forfattere: den viser hver konstruktør og hver
-- nøkkel i bruk, med korte kommentarer. Den er ikke et fullverdig
-- kurscase; de fire fagcasene ligger ved siden av.

scenario {
  id = "demo",
  title = "Demo: Drop-in hos helsesykepleier",
  summary = "Et kort eksempel for forfattere. En elev kommer innom "
         .. "helsestasjonen for ungdom med en liten skade og mer på hjertet.",
  role = "Du er helsesykepleier ved skolehelsetjenesten på en "
      .. "videregående skole.",
  language = "nb",
  version = 1,
  audience = { "Helsesykepleiere", "Forfattere av nye case" },
  minutes = 5,
  objectives = {
    "Skille mellom risikofaktorer, beskyttende faktorer og nøytrale detaljer",
    "Vurdere egen bekymring ut fra det du faktisk har sett og hørt",
    "Velge et neste steg som holder døren åpen",
  },
  competencies = {
    { id = "samtale", name = "Samtale" },
    { id = "oppfolging", name = "Oppfølging" },
  },
  start = "venterom",
  -- Variabler som valgene kan endre. Bare tall, sann/usann og tekst.
  state = { tillit = 0, besok = 0, avtale = false, elev = "Ida" },
  -- En egen skala viser hvordan nivåene kan navngis; utelat den for å
  -- bruke standardskalaen med fem nivåer.
  concern_scale = { "Ingen bekymring", "Undring", "Bekymring", "Stor bekymring" },
  debrief = {
    "Et åpent spørsmål gir eleven mulighet til å fortelle mer, uten å føle seg anklaget.",
    "Beskyttende faktorer er like viktige å se som risikofaktorer: de er noe å bygge videre på.",
    "En konkret avtale om ny samtale gjør det lettere å følge med over tid.",
  },
  references = {
    "Helsedirektoratet: Nasjonal faglig retningslinje for tidlig oppdagelse av utsatte barn og unge (IS-2826)",
    "Helsedirektoratet: Veileder «Fra bekymring til handling» (2009, erstattet av IS-2826)",
  },
  authors = { "Blikk-teamet" },
}

character {
  id = "ida",
  name = "Ida (16)",
  description = "Elev på Vg1. Spiller håndball på fritiden.",
  portrait = "ida.png",  -- ligger i mappen scenarios/demo/
}

observation {
  id = "fravaer", kind = "risk", weight = 2,
  text = "Mye fravær den siste måneden",
  explain = "En brå økning i fravær er et av de tidligste tegnene på at noe "
         .. "har endret seg, og grunn til å undre seg sammen med eleven.",
}
observation {
  id = "handball", kind = "protective",
  text = "Trener fast med håndballaget",
  explain = "Faste aktiviteter med trygge voksne og jevnaldrende beskytter. "
         .. "Det er en ressurs å spørre om og bygge videre på.",
}
observation {
  id = "mobil", kind = "neutral",
  text = "Sjekker mobilen mens hun venter",
  explain = "De fleste ungdommer gjør det. Alene sier det ingenting om rus "
         .. "eller mistrivsel.",
}
observation {
  id = "venninne", kind = "protective",
  text = "Har en venninne hun stoler på",
  explain = "En fortrolig venn er en beskyttende faktor, og kan være en vei "
         .. "inn til videre hjelp.",
}
observation {
  id = "fest", kind = "risk",
  text = "Sier at «alle» drikker mye på fester nå",
  explain = "Det kan være en måte å teste reaksjonen din på. Sammen med "
         .. "fraværet er det verdt å spørre videre om, uten å moralisere.",
}

scene {
  id = "venterom",
  title = "Drop-in",
  image = "venterom.png",
  -- Teksten kan være en funksjon av tilstanden. Her teller on_enter
  -- besøkene, og teksten endrer seg hvis Ida kommer tilbake.
  on_enter = function(s) s.besok = s.besok + 1 end,
  text = function(s)
    if s.besok > 1 then
      return [[
        {elev} kommer innom igjen, denne gangen med en venninne.

        ida: Hun ville at jeg skulle komme tilbake.
      ]]
    end
    return [[
      {elev} kommer innom uten time i storefri. Kontaktlæreren har nevnt at
      hun har hatt *mye fravær* den siste måneden. Hun har treningsbagen
      fra håndballaget på ryggen og sjekker mobilen mens hun venter.

      ida: Jeg trenger bare et plaster. Jeg skar meg på skapdøra.

      du: Kom inn, så ser vi på det.
    ]]
  end,
  observe = { "fravaer", "handball", "mobil" },
  concern = 2,
  facilitator = [[
    Ekspertnivå 2 (undring): fraværet er et signal, men vi vet ennå lite.
    Spør gruppen: Hva har dere sett, og hva har dere bare hørt? Hva er
    neste naturlige steg for en helsesykepleier?
  ]],
  choices = {
    { id = "sporr_aapent",
      text = "Legg på plasteret og spør åpent hvordan hun har det for tiden",
      next = "samtale", score = { samtale = 2, oppfolging = 1 },
      add = { tillit = 1 },
      feedback = "Et åpent spørsmål viser interesse uten å anklage, og gir "
              .. "henne valget om å fortelle mer." },
    { id = "konfronter",
      text = "Si at du har hørt om fraværet, og spør om hun ruser seg",
      next = "samtale", score = { samtale = -1 },
      add = { tillit = -1 },
      feedback = "Godt ment, men et direkte spørsmål om rus før dere har "
              .. "etablert kontakt oppleves lett som en anklage og kan lukke "
              .. "samtalen." },
    { id = "bare_plaster",
      text = "Legg på plasteret og ønsk henne en fin dag",
      next = "slutt_glipp", score = { samtale = -1, oppfolging = -1 },
      feedback = "Du går glipp av en mulighet: fraværet er kjent for skolen, "
              .. "og et kort spørsmål ville kostet lite." },
  },
}

scene {
  id = "samtale",
  title = "Samtalen",
  text = [[
    Ida blir sittende. Hun forteller at det har vært mye fest i det siste,
    og at «alle» drikker mye nå. Hun sier også at hun har en venninne hun
    stoler på, og at hun ikke vil at foreldrene skal vite noe.
  ]],
  observe = { "venninne", "fest" },
  concern = 3,
  facilitator = [[
    Ekspertnivå 3: det er flere signaler nå, men også tydelige ressurser.
    Diskuter: Hva kan du love om taushetsplikt, og hva kan du ikke love?
  ]],
  choices = {
    { text = "Tilby en ny samtale neste uke, og avtal tidspunkt sammen",
      next = "oppsummering", score = { oppfolging = 2 },
      set = { avtale = true },
      feedback = "En konkret avtale gjør det lett å komme tilbake, og gir deg "
              .. "mulighet til å følge med." },
    { text = "Be henne ta med venninnen neste gang",
      -- Vises bare når tilliten er etablert.
      when = function(s) return s.tillit > 0 end,
      next = "venterom", score = { samtale = 1, oppfolging = 1 },
      effect = function(s) s.avtale = true end,
      feedback = "Venninnen er en ressurs. Når Ida selv ønsker det, kan hun "
              .. "være med og støtte." },
    { text = "Lov henne at ingenting av dette kommer videre",
      next = "oppsummering", score = { samtale = -2 },
      feedback = "Et absolutt løfte om hemmelighold kan du ikke holde: "
              .. "taushetsplikten har unntak, blant annet opplysningsplikten "
              .. "til barnevernet. Forklar heller hva du kan love." },
  },
}

scene {
  id = "oppsummering",
  title = "Etterpå",
  -- {{ gir en krøllparentes i teksten; {var} setter inn en variabel.
  text = [[
    Du skriver et kort notat i journalen om hva du har sett og hørt, og hva
    dere ble enige om. Notatet får merkelappen {{drop-in}.
  ]],
  -- En funksjon som `next` må liste alle mulige mål i `targets`.
  next = function(s)
    if s.avtale and s.tillit > 0 then return "slutt_god" end
    return "slutt_blandet"
  end,
  targets = { "slutt_god", "slutt_blandet" },
}

ending {
  id = "slutt_god", title = "Døren står åpen", outcome = "good",
  text = [[
    Ida kommer tilbake som avtalt. Dere har en plan for å følge med på
    fraværet sammen, og hun vet hvor hun kan få hjelp.
  ]],
}

ending {
  id = "slutt_blandet", title = "Løst kontakt", outcome = "mixed",
  text = function(s)
    if s.tillit < 0 then
      return "Ida kommer ikke tilbake. Kontaktlæreren melder at fraværet fortsetter."
    end
    return "Ida kommer innom en gang til, men samtalen blir kort. "
        .. "Du noterer deg å spørre igjen ved neste anledning."
  end,
}

ending {
  id = "slutt_glipp", title = "En tapt mulighet", outcome = "poor",
  text = [[
    Ida går tilbake til timen. Fraværet fortsetter, og det går flere uker før
    noen spør henne hvordan hun har det.
  ]],
}
