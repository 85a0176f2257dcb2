# The suggested campaigns (campaigns.rs): one card per segment. The card's texts come from
# the engine; these are its labels.

campaigns-title = Suggested campaigns
campaigns-audience = Audience
campaigns-offer = Offer
campaigns-channel = Channel
campaigns-timing = Timing
campaigns-message = Message
campaigns-watch = Watch
# Before the reasons for the campaign.
campaigns-why = Why:
# Before how customers moved in and out of the segment since an earlier date.
campaigns-movements = Movements:
# { $gap } is the link to the campaign plan, written as campaigns-hint-plan.
campaigns-hint = Edit them, export send lists with a control group and measure their effect in the { $gap }.
campaigns-hint-plan = campaign plan
