# W1 with jq: the slice as {"events": [...]}; the selection rule is in w1lib.jq.
include "w1lib";
{events: [.events[] | select(w1)]}
