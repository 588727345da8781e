scenario { id="t", title="T", summary="S", role="R", objectives={"O"}, start="a", competencies={{id="x",name="X"}} }
scene { id="a", text="x", next=function() return "e" end, targets={"e\0"} }
ending { id="e", title="E", text="x", outcome="good" }
