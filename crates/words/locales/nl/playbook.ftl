playbook-title = Campagneplan
playbook-segments = Segmenten: { $scheme }
playbook-print = Plan afdrukken
playbook-download-all = Volledig resultaat downloaden (JSON)
playbook-hint-edit = Elke campagne wordt voorgesteld op basis van de cijfers van haar segment. Pas alles aan uw winkel aan; uw versie wordt in deze browser bewaard.
playbook-hint-export = Exporteer een verzendlijst voor uw e-mailtool: er wordt willekeurig een controlegroep uit gehouden (voor dezelfde campagne steeds dezelfde klanten), zodat u het effect later kunt meten.
playbook-edits-unkept = Deze browser kon uw wijzigingen niet bewaren, dus ze blijven alleen tijdens dit bezoek behouden.
playbook-saved = Verzendlijst opgeslagen: { $sent ->
    [one] { $sent } klant
   *[other] { $sent } klanten
}; { $held ->
    [one] { $held } klant
   *[other] { $held } klanten
} achtergehouden als controlegroep.
playbook-record-unkept = Deze browser kon de registratie van de campagne niet bewaren, dus ze kan alleen tijdens dit bezoek worden gemeten.
playbook-objective = Doel
playbook-offer = Aanbod
playbook-channel = Kanaal
playbook-timing = Timing
playbook-message = Boodschap
playbook-watch = Let op
playbook-why = Waarom:
playbook-edit = Bewerken
playbook-save = Opslaan
playbook-reset = Terug naar het voorstel
playbook-send-list = Verzendlijst
playbook-campaign-name = Campagnenaam
playbook-layout = Voor
playbook-layout-plain = Elke tool (gewone CSV)
playbook-holdout = { $gap } % achterhouden
playbook-sent-on = Verzonden op
playbook-expected = Verwachte stijging { $gap } punten
playbook-expected-example = bijv. 3
playbook-export = Verzendlijst exporteren
playbook-choose-day = Kies de dag waarop de campagne wordt verzonden.
playbook-results-title = Campagneresultaten
playbook-results-empty = Campagnes die u exporteert, verschijnen hier, om te meten zodra hun klanten tijd hebben gehad om te bestellen.
playbook-column-campaign = Campagne
playbook-column-segment = Segment
playbook-column-sent = Verzonden
playbook-column-sent-to = Verzonden aan
playbook-column-held-out = Achtergehouden
playbook-column-kept-until = Bewaard tot
playbook-forget = Vergeten
playbook-removed-next-visit = { $date }: wordt bij uw volgende bezoek verwijderd
playbook-measure = Meet ze op een nieuwer bestelbestand…
playbook-measure-hint = Exporteer de bestellingen van uw winkel een paar weken na verzending opnieuw en zet het bestand hier neer: het wordt net als het eerste in dit tabblad gelezen.
playbook-keep-for = Elke registratie { $gap } dagen na verzending bewaren
playbook-download-records = Deze registraties downloaden
playbook-add-records = Registraties uit een bestand toevoegen…
playbook-records-hint = Een registratie bevat de ID's van de klanten die de campagne kregen en die achtergehouden werden, alleen in deze browser. Om een campagne in een andere browser te meten, downloadt u de registraties hier en voegt u het bestand daar toe.
playbook-added = { $count ->
    [one] { $count } campagneregistratie
   *[other] { $count } campagneregistraties
} toegevoegd uit { $file }{ $updated }{ $unchanged }{ $past }.
playbook-added-updated = ; { $count ->
    [one] { $count } registratie verving
   *[other] { $count } registraties vervingen
} een eerdere verzending van dezelfde campagne
playbook-added-unchanged = ; { $count ->
    [one] { $count } registratie was
   *[other] { $count } registraties waren
} er al (of ouder dan de verzending hier)
playbook-added-past = ; { $count ->
    [one] { $count } registratie valt buiten de { $days } dagen dat registraties worden bewaard en is niet toegevoegd
   *[other] { $count } registraties vallen buiten de { $days } dagen dat registraties worden bewaard en zijn niet toegevoegd
}
playbook-added-unkept = Deze browser kon ze niet bewaren, dus ze blijven alleen tijdens dit bezoek behouden.
playbook-expired = { $count ->
    [one] { $count } campagneregistratie is
   *[other] { $count } campagneregistraties zijn
} verwijderd: registraties worden { $days } dagen na hun verzenddag bewaard ({ $listed }). Ze zijn weg uit deze browser; u kunt ze nog opslaan zolang deze pagina open is.
playbook-expired-record = { $campaign } aan { $segment }, verzonden op { $date }
playbook-expired-separator = { "; " }
playbook-download-removed = Verwijderde registraties downloaden
playbook-period = Bestellingen vanaf { $from }
playbook-period-to = Bestellingen van { $from } tot { $to }
playbook-column-customers = Klanten
playbook-column-ordered = Besteld
playbook-column-rate = Koopratio
playbook-column-revenue = Omzet per klant
playbook-row-sent = Kregen de campagne
playbook-row-held-out = Achtergehouden
playbook-row-uplift = Stijging (95%-interval)
playbook-uplift-points = { $difference } punten ({ $low } tot { $high })
playbook-uplift-money = { $difference } ({ $low } tot { $high })
