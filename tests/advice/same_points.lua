-- expect: warning 11: every choice in scene 'a' scores the same
scenario { id = "raad", title = "Råd", summary = "Et kort case.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } }, start = "a" }
observation { id = "fravaer", kind = "risk", text = "Mye fravær i det siste",
  explain = "Økt fravær er et tidlig signal." }
observation { id = "trening", kind = "protective", text = "Trener fast med laget",
  explain = "Faste aktiviteter beskytter." }
observation { id = "jakke", kind = "neutral", text = "Har ny jakke",
  explain = "En nøytral detalj." }
scene { id = "a", title = "Møtet",
  text = [[Eleven har mye fravær i det siste, trener fast med laget og har ny jakke.]],
  observe = { "fravaer", "trening", "jakke" },
  choices = {
    { text = "Spør åpent hvordan det går", next = "slutt", score = { samtale = -1 },
      feedback = "Et åpent spørsmål viser interesse uten å anklage." },
    { text = "Avslutt samtalen raskt", next = "slutt", score = { samtale = -1 },
      feedback = "Du går glipp av en mulighet til å vise interesse." },
  },
}
ending { id = "slutt", title = "Slutt", text = "Det går videre.", outcome = "good" }
