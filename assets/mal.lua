-- Mal for et nytt case i Blikk.
--
-- Slik kommer du i gang:
--   1. Endre tekstene under til ditt eget case.
--   2. Sjekk filen:   blikk check scenarios/DITT-NAVN.lua
--   3. Spill den:     blikk play scenarios/DITT-NAVN.lua
--   4. Se kartet:     blikk graph scenarios/DITT-NAVN.lua -o kart.svg
--   5. Test alle veier: blikk stats scenarios/DITT-NAVN.lua --random 1000
--
-- Alt etter to bindestreker (--) er kommentarer og vises ikke.
-- Se docs/forfatterguide.md for hele formatet og gode råd.

scenario {
  id = "mal",                      -- korte små bokstaver, tall og bindestrek
  title = "Tittel på caset",
  summary = "Én til tre setninger som forteller hva caset handler om.",
  role = "Du er ... (hvem er deltakeren i denne situasjonen?)",
  audience = { "Yrkesgruppe 1", "Yrkesgruppe 2" },
  minutes = 15,
  objectives = {
    "Hva skal deltakeren lære? Ett mål per linje.",
  },
  -- Det valgene gis poeng for. Brukes i `score` lenger ned.
  competencies = {
    { id = "samtale", name = "Samtale" },
    { id = "samarbeid", name = "Samarbeid" },
  },
  start = "forste_mote",           -- den første scenen
  state = { tillit = 0 },          -- variabler som valgene kan endre
  debrief = {
    "Et viktig læringspunkt som vises etter avslutningen.",
  },
  references = {
    "Helsedirektoratet: Nasjonal faglig retningslinje for tidlig oppdagelse av utsatte barn og unge (IS-2826)",
  },
}

-- Personer i caset. `id` brukes foran replikker i teksten: "kari: Hei."
character { id = "kari", name = "Kari (34)", description = "Kort om personen." }

-- Det deltakeren kan legge merke til. kind: "risk", "protective" eller "neutral".
observation {
  id = "sovnet", kind = "risk",
  text = "Har sovnet dårlig i flere uker",
  explain = "Forklar hvorfor dette er (eller ikke er) et signal.",
}
observation {
  id = "venner", kind = "protective",
  text = "Har gode venner hun ser ofte",
  explain = "Forklar hvorfor dette beskytter.",
}
observation {
  id = "jakke", kind = "neutral",
  text = "Har ny jakke",
  explain = "En nøytral detalj: den sier ingenting om bekymring.",
}

scene {
  id = "forste_mote",
  title = "Første møte",
  text = [[
    Beskriv situasjonen her. Et tomt linjeskift gir nytt avsnitt.
    Kari har *ny jakke*, forteller at hun har sovnet dårlig i flere uker,
    og at hun har gode venner hun ser ofte.

    kari: Dette er en replikk fra Kari.

    du: Og dette sier du.
  ]],
  observe = { "sovnet", "venner", "jakke" },
  concern = 2,                     -- ekspertens nivå: 1 (ingen) til 5 (alvorlig)
  facilitator = "Begrunn ekspertnivået her, og skriv spørsmål til gruppen.",
  choices = {
    { text = "Et godt valg",
      next = "slutt_god", score = { samtale = 2 }, add = { tillit = 1 },
      feedback = "Forklar hvorfor dette er et godt valg." },
    { text = "Et valg som er godt ment, men uheldig",
      next = "slutt_svak", score = { samtale = -1 },
      feedback = "Forklar hvorfor dette kan gjøre vondt verre." },
  },
}

ending {
  id = "slutt_god", title = "En god vei videre", outcome = "good",
  text = "Hva skjedde videre etter et godt valg?",
}

ending {
  id = "slutt_svak", title = "En tapt mulighet", outcome = "poor",
  text = "Hva skjedde videre etter et svakere valg?",
}
