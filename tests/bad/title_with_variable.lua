-- expect: warning 7: the title of scene 'a' contains '{', but titles are shown as written
scenario { id = "feil", title = "Feil", summary = "En kort sak.",
  role = "Du er helsesykepleier.", objectives = { "Se signaler" },
  competencies = { { id = "samtale", name = "Samtale" } }, start = "a",
  state = { uker = 2 } }
-- the variable belongs in the text, where {uker} is replaced
scene { id = "a", title = "{uker} uker senere", text = "Det har gått {uker} uker.",
  next = "slutt" }
ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "good" }
