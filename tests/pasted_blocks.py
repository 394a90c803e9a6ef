"""Invented reports, in our own words, of three invented events: two independent newsrooms each write their own
report and both paste one paragraph of an organisation's press release WITHOUT quote marks (issue 14, copy40).
The pasted block sits at a different place in each pair (the end, the middle, the lead) and the reports differ in
length. With them, for contrast, copies of the first report of each pair: a light edit and a condensed copy.

Shared by tests/test_copies_pasted_block.py and benchmarks/copy_blocks.py (the hard negatives of that measurement).
"""
from __future__ import annotations

# -- pair 1: a bakery closes a plant; the company's "who we are" paragraph closes both reports -------------------
BAKERY_RELEASE = ("Harwell Foods was founded in 1962 as a single bakery on Leeson Street in Dunmore and today supplies "
                  "bread, rolls and cakes to more than 3,000 shops and cafes across the Tarn valley. The family-owned "
                  "group employs 1,900 people at six sites and has spent over 40 million pounds on automated ovens and "
                  "packing lines over the past ten years.")
BAKERY_A = f"""Harwell Foods to shut Dunmore bakery with loss of 240 jobs
Harwell Foods will close its bakery on the Kelso industrial estate in Dunmore by the end of March, putting 240 jobs at risk, the company told staff on Tuesday.
Workers were called to a meeting in the canteen at the start of the early shift and told that the plant's two oldest lines could no longer be repaired at a sensible cost.
Production of sliced loaves will move to the group's newer site at Ashby, about forty miles away, and some staff will be offered transfers there.
Union organiser Mairi Cole said members were angry that they had heard nothing about the plan until the morning it was announced.
She said the union would ask for a ninety-day consultation and would push for every worker who could not move to be offered a fair redundancy package.
The local MP, Tom Frayne, said he had asked for an urgent meeting with the company's managers.
{BAKERY_RELEASE}
"""
BAKERY_B = f"""Dunmore bakery closure: town fears for high street
The smell of baking bread that has hung over Dunmore's east side for sixty years will be gone by spring.
On Tuesday Harwell Foods confirmed it is shutting the Kelso estate plant, where 240 people work, and moving the work to Ashby.
Shopkeepers on Bridge Road, where many of the bakery's staff spend their lunch breaks, said they were worried about losing trade.
A sandwich bar owner told us she expected her takings to drop by a third once the night shift stopped coming in.
The council leader, Priya Nand, said the town had lost three large employers in five years and called on ministers to help.
Mairi Cole of the bakers' union said staff had been left in the dark.
{BAKERY_RELEASE}
Harwell Foods said talks with staff representatives would begin next week.
"""
# the first report, lightly edited by a second site, and condensed by a third: copies
BAKERY_A_EDIT = (BAKERY_A.replace("putting 240 jobs at risk", "with 240 jobs at risk")
                 .replace("were called to a meeting in the canteen", "were summoned to a canteen meeting")
                 .replace("members were angry", "her members were furious"))
BAKERY_A_CONDENSED = "\n".join(BAKERY_A.splitlines()[i] for i in (0, 1, 3, 4, 6)) + "\n"

# -- pair 2: a ferry operator's safety paragraph in the middle of two reports of a grounding; one short, one long --
FERRY_RELEASE = ("All Northway vessels carry lifejackets and life rafts for every passenger and crew member on board, "
                 "and every crew member is trained in evacuation drills at least once a month. The MV Selkie Rose was "
                 "built in 2009, was last inspected by the Maritime Safety Board in October and passed with no "
                 "defects found.")
FERRY_A = f"""Ferry runs aground off Carrick Point with 312 on board
The MV Selkie Rose, operated by Northway Ferries, ran aground on a sandbank off Carrick Point on Sunday evening with 312 passengers and 28 crew on board.
Coastguard officers said the ferry struck the bank in poor visibility about a mile from the harbour at Port Ellan and could not free itself.
Two lifeboats and a tug from Port Ellan stood by through the night while the tide rose.
{FERRY_RELEASE}
Passengers were taken off in small groups by lifeboat from first light, and four were treated for minor injuries.
"""
FERRY_B = f"""Stranded ferry passengers describe night on sandbank
Passengers on the Northway ferry that grounded off Carrick Point spent a cold night in the lounges before being taken ashore on Monday morning.
Retired teacher Owen Pryce, travelling with his wife, said the ship shuddered and tilted slightly, and the lights flickered for a few seconds.
Crew handed out blankets and hot drinks and kept passengers informed over the loudspeakers every half hour, he said.
Another passenger, Leah Morgan, said children had slept on the benches while the adults watched the lifeboat lights outside.
Northway Ferries said the MV Selkie Rose, which was carrying 312 passengers, had refloated on the morning tide.
{FERRY_RELEASE}
The Marine Accident Investigation Branch has sent inspectors to Port Ellan to examine the hull.
They will look at the ship's route, the charts the crew were using and the weather at the time.
The operator has cancelled all crossings to Ellan Island until Wednesday, and passengers with bookings are being offered refunds.
Local hauliers said the cancellations would leave shops on the island short of fresh food within days.
The last grounding on the route, in 1998, left a ferry stuck for two days.
"""
FERRY_A_EDIT = (FERRY_A.replace("ran aground on a sandbank", "ran onto a sandbank")
                .replace("stood by through the night", "waited nearby overnight"))

# -- pair 3: a health authority's paragraph as the lead of both reports, each going on in its own way -------------
HEALTH_RELEASE = ("The Westmoor Health Authority has confirmed 46 cases of legionnaires' disease linked to a cooling "
                  "tower at the Granary Quay shopping centre in Halbridge. Eleven patients are being treated in "
                  "hospital, three of them in intensive care, and an 81-year-old man with underlying conditions has "
                  "died.")
HEALTH_A = f"""Legionnaires' outbreak in Halbridge: 46 cases confirmed
{HEALTH_RELEASE}
Environmental health officers shut down the tower on Thursday and took water samples from every unit in the centre.
Shoppers who visited Granary Quay between 2 and 16 May and have a cough, fever or aches were urged to call their doctor.
The centre's owner, Calder Estates, said it was cooperating fully with the investigation and that its maintenance contractor had serviced the tower in April.
Dr Ines Harker, the authority's director of public health, said the risk to the public was now low because the source had been switched off.
"""
HEALTH_B = f"""Legionnaires' disease: what Halbridge shoppers need to know
{HEALTH_RELEASE}
Legionella bacteria grow in warm water and spread through fine droplets in the air, so people can be infected simply by walking past a contaminated unit.
The disease cannot be passed from one person to another, doctors say, and most healthy adults recover with antibiotics.
Smokers, people over fifty and anyone with a weak immune system face the greatest risk of serious illness.
The first symptoms usually appear between two and ten days after exposure and can be mistaken for flu.
Stallholders at the weekend market next to the centre said trade had fallen sharply since the news broke.
Calder Estates, which owns the centre, said it had hired a second firm to check all of its buildings in the county.
"""
HEALTH_A_EDIT = (HEALTH_A.replace("shut down the tower on Thursday", "closed the tower on Thursday")
                 .replace("were urged to call their doctor", "have been asked to contact their GP"))

# -- pair 4 (copy42): a rail operator's account of a cable theft, pasted in the middle of a police-led report and of a
# commuters' story; with a condensed copy of the first report that keeps the block and two sentences (a real copy made
# of shared sentences only, which must still join) ----------------------------------------------------------------
RAIL_STATEMENT = ("Services between Kestrel Junction and Marlow Bay were suspended at 6.40am on Friday after a "
                  "signalling cable was found cut near the Ashgrove tunnel. Engineers worked through the morning to "
                  "splice the damaged section, and trains began running again at reduced speed shortly after 1pm. "
                  "Passengers whose journeys were delayed by more than half an hour can claim compensation at any "
                  "staffed station.")
RAIL_A = f"""Cut cable halts Kestrel line trains for six hours
Police are investigating after thieves cut a signalling cable on the Kestrel line, stopping trains across the south of the county during the Friday morning rush.
Transport police said officers were called to the trackside near Ashgrove at about 6.15am and found that around 40 metres of copper cable had been taken.
{RAIL_STATEMENT}
Commuters described crowded platforms at Kestrel Junction, where replacement buses took more than an hour to arrive.
A police spokesman said cable theft on the network had doubled in the past year as the price of copper rose.
"""
RAIL_B = f"""Commuters stranded as cable thieves strike again
For the third time since March, people travelling into Marlow Bay on Friday found their trains cancelled and the departure boards blank.
Thieves had stripped copper wire from the trackside near the Ashgrove tunnel before dawn, police said, leaving the signals between the two towns dark.
Nurse Hannah Blythe, who commutes to the general hospital, said she had waited ninety minutes for a bus and missed the start of her shift.
{RAIL_STATEMENT}
A councillor for the Ashgrove ward, Dev Kapoor, said residents near the line had reported seeing people with torches on the tracks several times this year.
Rail unions have called for more patrols and for cable to be marked so that scrap dealers can trace it.
The line's operator, Tarnline, said it was fitting alarms to the most vulnerable stretches.
"""
RAIL_A_CONDENSED = "\n".join(RAIL_A.splitlines()[i] for i in (0, 1, 3, 5)) + "\n"

INDEPENDENT = (("bakery_a", "bakery_b"), ("ferry_a", "ferry_b"), ("health_a", "health_b"), ("rail_a", "rail_b"))
COPIES = (("bakery_a", "bakery_a_edit"), ("bakery_a", "bakery_a_condensed"), ("ferry_a", "ferry_a_edit"),
          ("health_a", "health_a_edit"), ("rail_a", "rail_a_condensed"))
TEXTS = {"bakery_a": BAKERY_A, "bakery_b": BAKERY_B, "bakery_a_edit": BAKERY_A_EDIT,
         "bakery_a_condensed": BAKERY_A_CONDENSED, "ferry_a": FERRY_A, "ferry_b": FERRY_B, "ferry_a_edit": FERRY_A_EDIT,
         "health_a": HEALTH_A, "health_b": HEALTH_B, "health_a_edit": HEALTH_A_EDIT,
         "rail_a": RAIL_A, "rail_b": RAIL_B, "rail_a_condensed": RAIL_A_CONDENSED}
