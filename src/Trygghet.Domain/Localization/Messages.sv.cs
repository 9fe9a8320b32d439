using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Localization;

/// <summary>
/// Svenska (the Swedish message catalogue): every rule's name, description and message, and the words the
/// messages and reports use. Swedish is the default language. Every key here is also in Messages.en.cs, with
/// the same placeholders (a test checks it).
/// </summary>
internal static class SwedishMessages
{
    /// <summary>Every library rule's texts, keyed by message key (the rule id), in id order.</summary>
    public static Dictionary<string, RuleTexts> Rules { get; } = new(StringComparer.Ordinal)
    {
        ["BFL-10-RAD-BEFATTNING"] = new(
            "Aktör utan ledande befattning i rådet",
            "Kommunen ska verka för att övriga aktörer i rådet deltar med representanter som har ledande befattningar (en skyldighet att verka för, därför en upplysning).",
            "{organisation} deltar i rådet med {position}, som enligt filen inte är en ledande befattning."),
        ["BFL-10-RAD-LEDNING"] = new(
            "Rådet leds inte av kommunen",
            "Det strategiska rådet ska ledas av kommunen.",
            "Rådet {council} leds enligt filen inte av kommunen."),
        ["BFL-10-RAD-SAKNAS"] = new(
            "Inget strategiskt råd registrerat",
            "Kommunen ska verka för att strategiska brottsförebyggande frågor hanteras i ett strategiskt råd (en skyldighet att verka för, därför en upplysning).",
            "Filen registrerar inget strategiskt råd."),
        ["BFL-11-SAMORDNINGSFUNKTION-SAKNAS"] = new(
            "Ingen samordningsfunktion registrerad",
            "Kommunen ska ha en samordningsfunktion för brottsförebyggande frågor.",
            "Filen registrerar ingen samordningsfunktion som finns {asOf}."),
        ["BFL-12-UPPGIFT-EJ-REGISTRERAD"] = new(
            "Samordningsfunktionens uppgift ej registrerad",
            "Filen anger inte om samordningsfunktionen har en av de tre uppgifter som 12 § anger.",
            "Filen anger inte om samordningsfunktionen har den uppgift som 12 § punkt {point} anger."),
        ["BFL-12-UPPGIFT-SAKNAS"] = new(
            "Samordningsfunktionen saknar en uppgift",
            "Samordningsfunktionen ska särskilt samordna och stödja arbetet enligt lagen (1), vara kommunens kontaktpunkt mot externa aktörer (2) och bidra till att information om arbetet sprids till invånarna (3).",
            "Samordningsfunktionen har enligt filen inte den uppgift som 12 § punkt {point} anger."),
        ["BFL-13-RAPPORTERING"] = new(
            "Ingen rapport till fullmäktige inom intervallet",
            "Kommunstyrelsen, eller den nämnd fullmäktige beslutar, ska kontinuerligt rapportera om det brottsförebyggande arbetet till kommunfullmäktige; intervallet är en inställning.",
            "Ingen rapport till kommunfullmäktige registrerad från {since} till och med {deadline} (högst {months} månader mellan rapporterna)."),
        ["BFL-4-LAGESBILD-DEL"] = new(
            "Lägesbilden saknar en del",
            "Lägesbilden ska innehålla en kartläggning av brottsligheten, dess omfattning och konsekvenser (1), annan information av betydelse (2) och en analys av kartläggningen och informationen (3).",
            "Lägesbilden {id} saknar den del som 4 § punkt {point} kräver."),
        ["BFL-4-LAGESBILD-DEL-EJ-REGISTRERAD"] = new(
            "Del av lägesbilden ej registrerad",
            "Filen anger inte om lägesbilden innehåller en av de tre delar som 4 § kräver.",
            "Filen anger inte om lägesbilden {id} innehåller den del som 4 § punkt {point} kräver."),
        ["BFL-4-LAGESBILD-SAKNAS"] = new(
            "Ingen lägesbild registrerad",
            "Kommunen ska ta fram en lägesbild över brottsligheten inom sitt geografiska område.",
            "Filen registrerar ingen lägesbild per {asOf}."),
        ["BFL-5-ATGARDSPLAN-SAKNAS"] = new(
            "Ingen åtgärdsplan registrerad",
            "Kommunen ska, med lägesbilden som underlag, besluta om en åtgärdsplan; enligt övergångsbestämmelserna behövs den inte före 2024-07-01.",
            "Filen registrerar ingen beslutad åtgärdsplan per {asOf}; en plan krävs från {requiredFrom}."),
        ["BFL-5-ATGARDSPLAN-SEN"] = new(
            "Åtgärdsplanen beslutades för sent",
            "Kommunen ska ha beslutat om en åtgärdsplan senast när skyldigheten börjar gälla den 1 juli 2024.",
            "Den första åtgärdsplanen beslutades {decided}; den skulle ha beslutats senast {requiredFrom}."),
        ["BFL-5-UNDERLAG-SAKNAS"] = new(
            "Planens lägesbild ej registrerad",
            "Åtgärdsplanen ska beslutas med lägesbilden som underlag; filen anger inte vilken av dess lägesbilder planen vilar på.",
            "Åtgärdsplanen {plan} hänvisar inte till någon lägesbild i filen."),
        ["BFL-5-UNDERLAG-SENARE"] = new(
            "Lägesbilden är yngre än planen",
            "En åtgärdsplan kan inte ha en lägesbild som underlag som togs fram först efter beslutet.",
            "Åtgärdsplanen {plan} beslutades {decided} men vilar på lägesbilden {id} från {basisDate}."),
        ["BFL-6-ATGARDSPLAN-UPPFOLJNING"] = new(
            "Åtgärdsplanen inte uppföljd",
            "Kommunen ska minst vartannat år följa upp sin brottsförebyggande åtgärdsplan.",
            "Åtgärdsplanen skulle ha följts upp senast {deadline} (skyldigheten gäller från {dutyFrom})."),
        ["BFL-6-LAGESBILD-EJ-UPPDATERAD"] = new(
            "Ingen uppdatering av lägesbilden registrerad",
            "Kommunen ska minst vartannat år uppdatera lägesbilden; filen registrerar ingen uppdatering sedan fristen.",
            "Lägesbilden skulle ha uppdaterats senast {deadline}; filen registrerar ingen uppdatering sedan dess."),
        ["BFL-6-LAGESBILD-SEN"] = new(
            "Lägesbilden uppdaterades för sent",
            "Kommunen ska minst vartannat år uppdatera lägesbilden.",
            "Lägesbilden skulle ha uppdaterats senast {deadline} men uppdaterades {done}."),
        ["BFL-6-UPPFOLJNING-EJ-REGISTRERAD"] = new(
            "Ingen uppföljning av åtgärdsplanen registrerad",
            "Kommunen ska minst vartannat år följa upp åtgärdsplanen; filen registrerar ingen uppföljning sedan fristen.",
            "Åtgärdsplanen {plan} skulle ha följts upp senast {deadline}; filen registrerar ingen uppföljning sedan dess."),
        ["BFL-6-UPPFOLJNING-SEN"] = new(
            "Åtgärdsplanen följdes upp för sent",
            "Kommunen ska minst vartannat år följa upp åtgärdsplanen.",
            "Åtgärdsplanen {plan} skulle ha följts upp senast {deadline} men följdes upp {done}."),
        ["BFL-9-OVERENSKOMMELSE-SAKNAS"] = new(
            "Ingen gällande samverkansöverenskommelse",
            "Kommunen ska verka för att skriftliga överenskommelser om samverkan ingås med relevanta aktörer (en skyldighet att verka för, därför en upplysning).",
            "Filen registrerar ingen skriftlig samverkansöverenskommelse som gäller {asOf}."),
        ["BFL-BRA-ATGARD-PROBLEM"] = new(
            "Åtgärden är inte kopplad till lägesbilden",
            "Brå: åtgärder väljs utifrån de problem som lägesbilden identifierar och deras orsaker.",
            "Åtgärden {measure} i {plan} är inte kopplad till något problem i planens lägesbild."),
        ["FIN-ATGARD-OKAND"] = new(
            "Okänd åtgärd",
            "Ett område får bara hänvisa till åtgärder som beslutet räknar upp.",
            "Området hänvisar till åtgärd {number}, som inte finns."),
        ["FIN-ATGARD-OMRADE"] = new(
            "Åtgärd inte i ett område",
            "Varje åtgärd grupperas i exakt ett område.",
            "Åtgärd {number} \"{measure}\" ingår i {count} områden."),
        ["FIN-DRIFT-INVESTERING-BLANDAS"] = new(
            "Drift och investering blandas",
            "Driftmedel och investeringsmedel hålls isär: en fördelning ska finansieras ur anslag av samma slag.",
            "\"{purpose}\" ({kind}) finansieras ur {source} ({sourceKind})."),
        ["FIN-FINANSIERING-OKAND"] = new(
            "Okänd finansiering",
            "Varje fördelning ska finansieras ur ett anslag som beslutet anger.",
            "\"{purpose}\" finansieras ur {source}, som inte finns bland anslagen."),
        ["FIN-FORDELAT-OVER-AVSATT"] = new(
            "Mer fördelat än avsatt",
            "Summan av fördelningarna av ett slag får inte överstiga de avsatta medlen av samma slag.",
            "Fördelat {allocated} mnkr ({kind}) men avsatt {setAside} mnkr."),
        ["FIN-OMRADE-OVER-INTERVALL"] = new(
            "Område över intervallet",
            "Driftmedel fördelade till ett område ska rymmas inom områdets uppskattade kostnadsintervall.",
            "Området \"{area}\" har fått {allocated} mnkr, mer än intervallet {range}."),
        ["FIN-OMRADE-UNDER-INTERVALL"] = new(
            "Område under intervallet",
            "När fördelningen är klar ska varje område ha fått minst sitt lägsta uppskattade belopp.",
            "Området \"{area}\" har fått {allocated} mnkr, mindre än intervallet {range}."),
        ["FIN-UPPFOLJNING-MISSAD"] = new(
            "Ekonomisk uppföljning missad",
            "Uppföljning ska ske i varje period som beslutets uppföljningsplan anger (till exempel tertialvis).",
            "Ingen uppföljning per {dueDate} (perioden {period})."),
        ["FIN-UPPSKATTNING-OVER-AVSATT"] = new(
            "Uppskattningen ryms inte",
            "Områdenas lägsta uppskattade kostnader ska tillsammans rymmas inom de avsatta driftmedlen.",
            "Områdena kräver minst {minimum} mnkr men {setAside} mnkr är avsatta."),
        ["GILTIGHET-EJ-BORJAD"] = new(
            "Giltighetstiden har inte börjat",
            "Dokumentet gäller ännu inte på per-datumet enligt sin egen giltighetstid.",
            "{caseNumber} gäller från och med {start}."),
        ["GILTIGHET-UPPHOR-SNART"] = new(
            "Giltighetstiden löper snart ut",
            "Ett dokument vars giltighetstid snart löper ut behöver förnyas i tid.",
            "{caseNumber} gäller till och med {end}: {daysLeft} {daysLeft|dag|dagar} kvar."),
        ["GILTIGHET-UPPHORD"] = new(
            "Giltighetstiden har löpt ut",
            "Dokumentet gäller inte längre på per-datumet enligt sin egen giltighetstid.",
            "{caseNumber} gällde till och med {end}."),
        ["IOP-FINANSIERING-SAKNAS"] = new(
            "IOP utan finansiering",
            "IOP är inte lagreglerat, så villkoren är vad partnerskapet självt anger; ett förslag eller en överenskommelse som inte anger finansiering saknar den uppgiften.",
            "IOP med {partner} anger inte finansiering ({stage})."),
        ["IOP-GILTIGHETSTID-SAKNAS"] = new(
            "IOP utan giltighetstid",
            "IOP är inte lagreglerat, så villkoren är vad partnerskapet självt anger; ett förslag eller en överenskommelse som inte anger giltighetstid saknar den uppgiften.",
            "IOP med {partner} anger inte giltighetstid ({stage})."),
        ["IOP-INNEHALL-SAKNAS"] = new(
            "IOP utan innehåll",
            "IOP är inte lagreglerat, så villkoren är vad partnerskapet självt anger; ett förslag eller en överenskommelse som inte anger innehåll saknar den uppgiften.",
            "IOP med {partner} anger inte innehåll ({stage})."),
        ["IOP-UPPFOLJNINGSANSVAR-SAKNAS"] = new(
            "IOP utan ansvar för uppföljning",
            "IOP är inte lagreglerat, så villkoren är vad partnerskapet självt anger; ett förslag eller en överenskommelse som inte anger ansvar för uppföljning saknar den uppgiften.",
            "IOP med {partner} anger inte ansvar för uppföljning ({stage})."),
        ["KL-13-2-EJ-OVERKLAGBART"] = new(
            "Beslut som inte kan överklagas",
            "En nämnds beslut av rent förberedande eller rent verkställande art får inte överklagas; det väntar inte på någon överklagandetid.",
            "§ {paragraph} är en nämnds beslut av rent förberedande eller rent verkställande art och kan inte överklagas genom laglighetsprövning."),
        ["KL-13-5-LAGA-KRAFT"] = new(
            "Laga kraft",
            "Härleder dagen då besluten vinner laga kraft: dagen efter överklagandetidens utgång, om anslaget satt uppe hela tiden.",
            "Besluten vinner laga kraft {from} om de inte överklagas."),
        ["KL-13-5-LAGA-KRAFT-FOR-TIDIGT"] = new(
            "Laga kraft för tidigt",
            "Ett beslut vinner laga kraft först dagen efter överklagandetidens utgång.",
            "§ {paragraph} är markerad som laga kraft {marked}, tidigast {from}."),
        ["KL-13-5-LAGA-KRAFT-OVERKLAGAD"] = new(
            "Laga kraft trots överklagande",
            "Ett beslut som överklagats i tid vinner inte laga kraft vid överklagandetidens utgång.",
            "§ {paragraph} är markerad som laga kraft {final} men ett överklagande inkom {appealed}."),
        ["KL-13-5-LAGA-KRAFT-PARAGRAF"] = new(
            "Laga kraft för paragraf",
            "Härleder när ett beslut i en paragraf vinner laga kraft; ett överklagande som kommit in i tid hindrar det, ett för sent inkommet gör det inte.",
            "Beslutet i § {paragraph} vinner laga kraft {from}."),
        ["KL-13-5-OVERKLAGANDE-FOR-SENT"] = new(
            "Överklagande för sent",
            "Ett överklagande ska ha kommit in inom tre veckor från tillkännagivandet; ett senare överklagande avvisas och hindrar inte att beslutet vinner laga kraft.",
            "Överklagandet av § {paragraph} kom in {received}, efter överklagandetidens utgång; det hindrar inte laga kraft från {from}."),
        ["KL-13-5-OVERKLAGANDETID"] = new(
            "Överklagandetid",
            "Härleder överklagandetidens sista dag: tre veckor från den dag justeringen tillkännagavs, flyttad till nästa vardag enligt lag (1930:173).",
            "Överklagandetiden löper ut {deadline}."),
        ["KL-4-27-RESERVATION-EJ-TJANSTGORANDE"] = new(
            "Reservation av icke tjänstgörande",
            "Bara den som har deltagit i avgörandet av ett ärende får reservera sig; den som inte tjänstgjorde i paragrafen har inte deltagit.",
            "{member} reserverade sig i § {paragraph} men tjänstgjorde inte i den paragrafen."),
        ["KL-4-27-RESERVATION-UTAN-DELTAGANDE"] = new(
            "Reservation utan deltagande",
            "Bara den som har deltagit i avgörandet av ett ärende får reservera sig mot beslutet.",
            "{member} reserverade sig i § {paragraph} men deltog inte i beslutet."),
        ["KL-5-13-TILLKANNAGIVANDE-SENT"] = new(
            "Sammanträdet tillkännagivet för sent",
            "Fullmäktiges sammanträden ska tillkännages på anslagstavlan, med tid, plats och ärenden, minst en vecka före sammanträdesdagen.",
            "Sammanträdet {meeting} tillkännagavs {announced}, senast var {deadline}."),
        ["KL-5-14-BRADSKANDE-SENT"] = new(
            "Brådskande ärende tillkännagivet för sent",
            "Ett brådskande ärende ska tillkännages på anslagstavlan senast vardagen närmast före sammanträdesdagen (lördag, sön- och helgdag räknas inte som vardag här).",
            "Det brådskande ärendet i § {paragraph} tillkännagavs {announced}, senast var {deadline}."),
        ["KL-5-15-KALLELSE-SEN"] = new(
            "Kallelse för sent",
            "Varje ledamot och ersättare i fullmäktige ska kallas minst en vecka före sammanträdesdagen; en nämnd kallar som dess reglemente anger (en inställning).",
            "Kallelsen till sammanträdet {meeting} skickades {summoned}, senast var {deadline}."),
        ["KL-5-17-ERSATTARE-DUBBEL"] = new(
            "Två ersättare för samma ledamot",
            "En ersättare tjänstgör i en frånvarande ledamots ställe: en per ledamot.",
            "Både {first} och {second} tjänstgör för {member} i samma paragrafer."),
        ["KL-5-17-ERSATTARE-FOR-NARVARANDE"] = new(
            "Ersättare för närvarande ledamot",
            "En ersättare tjänstgör bara i stället för en ledamot som är förhindrad; i nämnder enligt fullmäktiges beslut om ersättarnas tjänstgöring.",
            "{substitute} tjänstgör för {member}, som själv tjänstgör i samma paragrafer."),
        ["KL-5-20-ATERINTRADE"] = new(
            "Ledamot återinträdde",
            "En ledamot i fullmäktige som har avbrutit tjänstgöringen av något annat skäl än jäv får inte tjänstgöra igen samma dag.",
            "{member} tjänstgjorde till och med § {leftAfter} och igen från § {returnedAt}, utan jäv däremellan."),
        ["KL-5-50-ATERREMISS-UTAN-MOTIVERING"] = new(
            "Återremiss utan motivering",
            "Motiveringen till ett beslut om återremiss bestäms av de ledamöter som begärt återremissen.",
            "§ {paragraph} återremitterades på minoritetens begäran utan motivering."),
        ["KL-5-50-EXTRA-VAL-EJ-BORDLAGT"] = new(
            "Extra val ej bordlagt",
            "Ett ärende om extra val ska alltid bordläggas första gången det tas upp till behandling.",
            "§ {paragraph}: extra val avgjordes utan att först ha bordlagts."),
        ["KL-5-50-MINORITETSKRAV-AVSLAGET"] = new(
            "Minoritetskrav avslaget",
            "I fullmäktige ska ett ärende bordläggas eller återremitteras om minst en tredjedel av de närvarande ledamöterna begär det, första gången och utom vid val.",
            "{demanding} av {present} närvarande begärde {kind} i § {paragraph}, men ärendet avgjordes."),
        ["KL-5-50-MINORITETSRATT-FORBRUKAD"] = new(
            "Minoritetsrätten redan använd",
            "Har ärendet redan bordlagts eller återremitterats på en minoritets begäran krävs enkel majoritet.",
            "§ {paragraph}: ärendet har redan bordlagts eller återremitterats på minoritetens begäran; nu krävs majoritet."),
        ["KL-5-52-EJ-TILLKANNAGIVET"] = new(
            "Ej tillkännagivet ärende avgjort",
            "I fullmäktige får bara ärenden som tillkännagetts avgöras; ett brådskande ärende får avgöras om samtliga närvarande ledamöter beslutar det.",
            "§ {paragraph} avgjordes utan att ha tillkännagetts och utan att samtliga närvarande beslutat det."),
        ["KL-5-56-LOTTNING-SAKNAS"] = new(
            "Lottning saknas",
            "I ärenden som avser val eller anställning av personal avgörs lika röstetal genom lottning, inte genom ordförandens utslagsröst.",
            "Voteringen i § {paragraph} (val eller anställning) slutade {yes}-{no} utan antecknad lottning."),
        ["KL-5-56-UTSLAGSROST-SAKNAS"] = new(
            "Utslagsröst saknas",
            "Vid lika röstetal har ordföranden utslagsröst (utom vid val och anställning, som avgörs genom lottning); protokollet ska visa omröstningens resultat.",
            "Voteringen i § {paragraph} slutade {yes}-{no} utan antecknad utslagsröst."),
        ["KL-5-67-ATERREMISS-SOM-BESLUT"] = new(
            "Återremiss protokollförd som avgörande",
            "Protokollet ska redovisa vilka beslut som fattats; en återremiss eller bordläggning avgör inte ärendet.",
            "§ {paragraph}: beslutsgången bifaller {kind} men ärendet är antecknat som avgjort."),
        ["KL-5-69-JUSTERING-SAKNAS"] = new(
            "Justering saknas",
            "Efter justeringsfristen ska protokollet vara justerat.",
            "Protokollet är inte justerat per {asOf}; senast var {deadline}."),
        ["KL-5-69-JUSTERING-SEN"] = new(
            "Justering för sent",
            "Protokollet ska justeras senast fjorton dagar efter sammanträdet.",
            "Protokollet justerades {attested}, senast var {deadline}."),
        ["KL-5-69-JUSTERINGSFRIST"] = new(
            "Justeringsfrist",
            "Härleder senaste justeringsdag: fjorton dagar efter sammanträdet, flyttad till nästa vardag enligt lag (1930:173).",
            "Protokollet ska justeras senast {deadline}."),
        ["KL-6-27-BESLUTSFORHET"] = new(
            "Ej beslutför",
            "Fullmäktige och nämnder får handlägga ett ärende bara om mer än hälften av ledamöterna är närvarande; tjänstgörande ersättare räknas. I en nämnd räknas inte den som lämnat ärendet på grund av jäv; i fullmäktige hindrar jäv inte handläggningen.",
            "§ {paragraph} avgjordes med {present} tjänstgörande av {seats} platser; minst {required} krävs."),
        ["KL-6-30-JAV-DELTOG"] = new(
            "Jävig deltog i beslutet",
            "Den som är jävig får inte delta i handläggningen av ärendet (fullmäktige: 5 kap. 47 §; nämnder: 6 kap. 28-30 §§).",
            "{member} är antecknad som jävig i § {paragraph} men deltog i beslutet."),
        ["KL-6-30-JAV-NARVARO"] = new(
            "Jävig närvarade",
            "I en nämnd får den som är jävig varken delta eller närvara vid handläggningen (gäller inte fullmäktige).",
            "{member} var jävig i § {paragraph} men närvarade vid handläggningen."),
        ["KL-6-38-EJ-DELEGERBART"] = new(
            "Ärende som inte får delegeras",
            "Beslutanderätten får inte delegeras i ärenden om verksamhetens mål, inriktning, omfattning eller kvalitet, framställningar eller yttranden till fullmäktige, myndighetsutövning av principiell beskaffenhet eller större vikt, medborgarförslag eller ärenden som enligt författning inte får delegeras; detta gäller delegering till förtroendevalda och till anställda.",
            "{delegate} beslutade {date} i ärendet {matter} på delegation, men ärendet gäller {kind} och får inte delegeras."),
        ["KL-6-40-BRADSKANDE-EJ-ANMALT"] = new(
            "Brådskande beslut inte anmält",
            "Ett beslut som ordföranden eller en utsedd ledamot fattat på nämndens vägnar i ett brådskande ärende ska anmälas vid nämndens nästa sammanträde.",
            "Det brådskande beslutet {date} i ärendet {matter} anmäldes inte vid nästa sammanträde {next}."),
        ["KL-8-10-DELEGATIONSBESLUT-ANSLAG-SAKNAS"] = new(
            "Delegationsbeslut utan tillkännagivande",
            "Ett delegationsbeslut som nämnden har bestämt inte ska anmälas till den protokollförs särskilt om det får överklagas, och anslagstavlan ska innehålla tillkännagivanden av sådana beslut; först från tillkännagivandet löper överklagandetiden.",
            "Beslutet {date} i ärendet {matter} anmäls inte till nämnden men saknar tillkännagivande på anslagstavlan."),
        ["KL-8-12-ANSLAG-NEDTAGET-TIDIGT"] = new(
            "Anslag nedtaget för tidigt",
            "Tillkännagivandet får inte tas bort före överklagandetidens utgång och måste finnas på anslagstavlan under hela överklagandetiden; annars löper tiden inte ut och besluten vinner inte laga kraft.",
            "Anslaget togs ned {removed}, tidigast {earliest} (överklagandetiden slutar {appealEnds}); överklagandetiden har inte löpt ut."),
        ["KL-8-12-ANSLAG-SAKNAS"] = new(
            "Anslag saknas",
            "Justeringen ska tillkännages på anslagstavlan; utan anslag börjar överklagandetiden inte löpa.",
            "Inget anslag om justeringen per {asOf}; senast var {deadline}."),
        ["KL-8-12-ANSLAG-SEN"] = new(
            "Anslag för sent",
            "Justeringen ska tillkännages på anslagstavlan senast andra dagen efter justeringen.",
            "Anslaget sattes upp {posted}, senast var {deadline}."),
        ["KL-8-12-ANSLAGSFRIST"] = new(
            "Anslagsfrist",
            "Härleder senaste dag för att tillkännage justeringen på anslagstavlan: andra dagen efter justeringen.",
            "Justeringen ska tillkännages senast {deadline}."),
        ["ML-AKTIVITET-OKANT"] = new(
            "Aktivitet för okänt åtagande",
            "Varje registrerad aktivitet ska höra till ett av medborgarlöftets åtaganden.",
            "Aktiviteten {date} hör till åtagandet {commitment}, som medborgarlöftet inte har."),
        ["ML-ATAGANDE-MISSAT"] = new(
            "Åtagande ej uppfyllt",
            "Medborgarlöftets åtaganden ska uppfyllas i varje period som löftet självt anger (termin, läsår, år eller hela giltighetstiden).",
            "Åtagandet {commitment} uppfylldes inte under {period}: {counted} av {required}."),
        ["ML-ATAGANDE-RISK"] = new(
            "Åtagande i riskzonen",
            "Ett åtagande vars genomförande släpar efter en jämn takt riskerar att inte uppfyllas i perioden.",
            "Åtagandet {commitment} ligger efter under {period}: {counted} av {required} hittills."),
        ["ML-BESLUT-SAKNAS"] = new(
            "Beslut om medborgarlöftet saknas",
            "Ett medborgarlöfte som gäller från beslutsdatum behöver beslutet (organ och datum) för att ha en giltighetstid.",
            "{caseNumber} gäller från beslutsdatum, men inget beslut är registrerat."),
        ["ML-OVERENSKOMMELSE-SAKNAS"] = new(
            "Överenskommelsen saknas i portföljen",
            "Ett medborgarlöfte hör till en samverkansöverenskommelse; utan den kan giltigheten inte jämföras.",
            "{promise} hör till överenskommelsen {agreement}, som inte finns i portföljen."),
        ["ML-UTANFOR-OVERENSKOMMELSE"] = new(
            "Medborgarlöfte utanför överenskommelsen",
            "Medborgarlöftet är samverkansöverenskommelsens publika del och bör inte gälla när överenskommelsen inte gäller.",
            "{promise} gäller {uncovered} då överenskommelsen {agreement} inte gäller ({agreementValidity})."),
        ["PLAN-DELMAL-UTAN-INDIKATOR"] = new(
            "Delmål utan målindikator",
            "När handlingsplanen anger att varje delmål mäts med målindikatorer ska varje delmål ha minst en målindikator.",
            "Delmål {number} \"{name}\" saknar målindikator."),
        ["PLAN-DELMAL-UTAN-INSATSER"] = new(
            "Delmål utan insatser",
            "När handlingsplanen anger att varje delmål har insatser ska varje delmål ha minst en insats.",
            "Delmål {number} \"{name}\" har inga insatser."),
        ["PLAN-INDIKATOR-UTAN-UPPFOLJNING"] = new(
            "Målindikator utan uppföljning",
            "När handlingsplanen anger att varje målindikator följs upp ska varje målindikator ha minst en uppföljningsmetod.",
            "Målindikatorn \"{indicator}\" saknar uppföljningsmetod."),
        ["PLAN-INSATS-EJ-TIDSATT"] = new(
            "Insats ej tidsatt",
            "När handlingsplanen anger att insatserna är tidsatta ska varje insats ha en tid.",
            "Insatsen \"{activity}\" är inte tidsatt."),
        ["PLAN-INSATS-UTAN-ANSVARIG"] = new(
            "Insats utan ansvarig",
            "När handlingsplanen anger att varje insats har en ansvarig ska varje insats ange vem som ansvarar.",
            "Insatsen \"{activity}\" saknar ansvarig."),
        ["PLAN-INSATS-UTANFOR-PLANPERIOD"] = new(
            "Insats utanför planperioden",
            "En insats ska genomföras inom handlingsplanens period.",
            "Insatsen \"{activity}\" ({period}) ligger utanför planperioden {span}."),
        ["PLAN-UPPFOLJNING-MISSAD"] = new(
            "Uppföljning missad",
            "En uppföljning med fast intervall ska registreras inom varje period av planens löptid; en period som har löpt ut utan uppföljning är missad.",
            "Uppföljningen \"{method}\" för perioden {period} skulle ha gjorts senast {dueDate}."),
        ["PLAN-UPPFOLJNING-UTAN-INTERVALL"] = new(
            "Uppföljning utan intervall",
            "När handlingsplanen anger att uppföljningen görs med angivet intervall ska varje uppföljningsmetod ange hur ofta den görs (t.ex. årlig mätning).",
            "Uppföljningen \"{method}\" anger inte hur ofta den görs."),
        ["PORTFOLJ-GLAPP"] = new(
            "Glapp mellan överenskommelser",
            "Överenskommelserna i portföljen avlöser varandra; dagar som ingen av dem täcker mellan två av dem är ett glapp.",
            "Ingen samverkansöverenskommelse gäller {gap} ({days} {days|dag|dagar}) mellan {before} och {after}."),
        ["PORTFOLJ-OVERLAPP"] = new(
            "Överlappande överenskommelser",
            "Två samverkansöverenskommelser mellan samma parter bör inte gälla samtidigt.",
            "{first} och {second} gäller båda {overlap} ({days} {days|dag|dagar})."),
        ["PROT-UPPDRAG-FORSENAT"] = new(
            "Uppdrag försenat",
            "Ett uppdrag som beslutet ger med en tidpunkt för återrapportering ska återrapporteras senast då (verkställighet och återrapportering av beslut).",
            "Uppdraget till {assignee} i § {paragraph} skulle återrapporteras senast {due} och är inte återrapporterat per {asOf}."),
        ["RAD-MEDBORGARDIALOG-FOR-VAG"] = new(
            "Medborgardialog: för vagt för att avgöra",
            "Rådets skyldigheter gäller från en dag som redogörelsen bara anger ungefär; då kan det vara oklart om ett år omfattas.",
            "Skyldigheterna gäller från {dutiesFrom}; det räcker inte för att avgöra om {year} omfattas av kravet på en medborgardialog."),
        ["RAD-MEDBORGARDIALOG-MISSAD"] = new(
            "Medborgardialog saknas",
            "När redogörelsen anger rådets arbetsordning ska rådet genomföra en medborgardialog varje år.",
            "Ingen medborgardialog år {year}."),
        ["RAD-REDOGORELSE-FOR-VAG"] = new(
            "Redogörelse: för vagt för att avgöra",
            "Rådets skyldigheter gäller från en dag som redogörelsen bara anger ungefär; då kan det vara oklart om en redogörelse var krävd.",
            "Skyldigheterna gäller från {dutiesFrom}; det räcker inte för att avgöra om en redogörelse per {dueDate} var krävd."),
        ["RAD-REDOGORELSE-MISSAD"] = new(
            "Redogörelse saknas",
            "När redogörelsen anger rådets arbetsordning ska rådet lämna kommunstyrelsen en redogörelse i samband med halvårsbokslut och bokslut.",
            "Ingen redogörelse vid {occasion} per {dueDate}."),
        ["RULE-FINDINGS-CAPPED"] = new(
            "För många iakttagelser från en regel",
            "En regel gav fler iakttagelser än gränsen per regel; de överskjutande visas inte.",
            "Regeln {ruleId} gav fler än {max} iakttagelser; de följande visas inte."),
        ["RULE-NO-VERSION"] = new(
            "Ingen regelversion gäller",
            "Ingen version av en regel gäller på tillämpningsdatumet, så regeln har inte prövats.",
            "Ingen version av regeln {ruleId} gäller {date}."),
        ["SOK-AVSTAMNING-KVARTAL"] = new(
            "Kvartalsavstämning saknas",
            "Kvartalsvisa avstämningar som överenskommelsen själv kräver ska registreras för varje kvartal.",
            "Ingen kvartalsavstämning är registrerad för {quarter}."),
        ["SOK-INSATSNUMMER"] = new(
            "Felaktigt insatsnummer",
            "När åtgärdsplanen numrerar insatserna \"A:N\" ska numret börja med numret på det område insatsen står under och vara unikt inom området.",
            "Insats {number} står under område {area}; numret ska vara unikt och börja med {area}."),
        ["SOK-OMRADE-ATAGANDE-SAKNAS"] = new(
            "Åtagande saknas för part i samverkansområde",
            "När överenskommelsen anger åtaganden per part i sina samverkansområden ska varje område ha åtaganden för båda parterna.",
            "Samverkansområdet {area} ({title}) saknar åtagande för {party}."),
        ["SOK-PART-SAKNAS"] = new(
            "Part saknas",
            "Brås handbok: en samverkansöverenskommelse gäller samverkan mellan kommunen och lokalpolisområdet; båda anges som parter.",
            "{caseNumber} anger inte {partyKind} som part."),
        ["SOK-SYFTE-OMRADEN"] = new(
            "Syfte och områden ska anges",
            "En överenskommelse om samverkan ska innehålla åtminstone uppgifter om för vilka syften och inom vilka områden samverkan ska ske.",
            "{caseNumber} anger {missing}."),
        ["SOK-SYFTE-OMRADEN-VAGLEDNING"] = new(
            "Syfte och områden bör anges",
            "Brås handbok: en samverkansöverenskommelse beskriver problemen i fokus, mål för arbetet, uppföljningen och perioden; syfte och samverkansområden är det minsta (före Lag (2023:196)).",
            "{caseNumber} anger {missing}."),
        ["SOK-UNDERTECKNARE-SAKNAS"] = new(
            "Undertecknare saknas",
            "Brås handbok: chefen för lokalpolisområdet och kommunstyrelsens ordförande skriver på överenskommelsen; här prövas att någon undertecknar för varje part.",
            "{caseNumber} har ingen undertecknare för {partyKind}."),
        ["SOK-UPPFOLJNING-HALVTID"] = new(
            "Halvtidsuppföljning saknas",
            "En överenskommelse som själv kräver uppföljning efter halva tiden ska följas upp kring mitten av sin giltighetstid.",
            "Halvtidsuppföljningen skulle göras kring {midpoint} (senast {dueBy}) men ingen är registrerad."),
        ["SOK-UPPFOLJNING-PERIODISK"] = new(
            "Periodisk uppföljning saknas",
            "Uppföljningar som överenskommelsen själv kräver (tertialvis, halvårsvis, delår, årligen) ska göras för varje period.",
            "Uppföljningen ({kind}) för {period} är inte registrerad (senast {dueBy})."),
        ["UTDRAG-BESTYRKANDE-EJ-REDOVISAT"] = new(
            "Utdragsbestyrkande ej redovisat",
            "Ett protokollsutdrag bestyrks: någon intygar att utdraget stämmer med protokollet, och när.",
            "Protokollsutdraget redovisar inte {part}."),
    };

    /// <summary>Words: enum values keyed "Type.Value" and report phrases keyed "Report.…".</summary>
    public static Dictionary<string, string> Words { get; } = new(StringComparer.Ordinal)
    {
        ["BasisKind.Law"] = "lag",
        ["BasisKind.Document"] = "dokumentets eget åtagande",
        ["BasisKind.Guidance"] = "vägledning",
        ["Severity.Error"] = "fel",
        ["Severity.Warning"] = "varning",
        ["Severity.Info"] = "upplysning",
        ["PartyKind.Municipality"] = "kommunen",
        ["PartyKind.LocalPoliceArea"] = "lokalpolisområdet",
        ["FollowUpKind.Continuous"] = "löpande",
        ["FollowUpKind.Quarterly"] = "kvartalsvis",
        ["FollowUpKind.Tertial"] = "tertialvis",
        ["FollowUpKind.SemiAnnual"] = "halvårsvis",
        ["FollowUpKind.Interim"] = "delår",
        ["FollowUpKind.HalfTime"] = "halvtid",
        ["FollowUpKind.Yearly"] = "årlig",
        ["DelegatedMatterKind.Delegable"] = "ett ärende som får delegeras",
        ["DelegatedMatterKind.GoalsOrDirection"] = "verksamhetens mål, inriktning, omfattning eller kvalitet",
        ["DelegatedMatterKind.StatementToCouncil"] = "en framställning eller ett yttrande till fullmäktige",
        ["DelegatedMatterKind.MajorAuthorityExercise"] = "myndighetsutövning av principiell beskaffenhet eller större vikt",
        ["DelegatedMatterKind.CitizenProposal"] = "ett medborgarförslag",
        ["DelegatedMatterKind.ExcludedByLaw"] = "ett ärende som enligt författning inte får delegeras",
        ["MotionKind.Approval"] = "bifall",
        ["MotionKind.Rejection"] = "avslag",
        ["MotionKind.Amendment"] = "ändring",
        ["MotionKind.Addition"] = "tillägg",
        ["MotionKind.Referral"] = "återremiss",
        ["MotionKind.Tabling"] = "bordläggning",
        ["PartnershipStage.Investigation"] = "utredning",
        ["PartnershipStage.Proposal"] = "förslag",
        ["PartnershipStage.Agreement"] = "överenskommelse",
        ["AppropriationKind.Operating"] = "drift",
        ["AppropriationKind.Investment"] = "investering",
        ["ReportingOccasion.HalfYearAccounts"] = "halvårsbokslutet",
        ["ReportingOccasion.AnnualAccounts"] = "bokslutet",
        ["MissingContent.Purpose"] = "inget syfte",
        ["MissingContent.Areas"] = "inga samverkansområden",
        ["MissingContent.PurposeAndAreas"] = "varken syfte eller samverkansområden",
        ["Report.Summary"] = "{kind} \"{title}\" per {date}: {errors} fel, {warnings} {warnings|varning|varningar}, {infos} {infos|upplysning|upplysningar}; {compliance}.",
        ["Report.Compliant"] = "följer lagen",
        ["Report.NotCompliant"] = "följer inte lagen",
        ["Report.CommitmentsKept"] = "håller sina egna åtaganden",
        ["Report.CommitmentsNotKept"] = "{count} {count|eget åtagande|egna åtaganden} hålls inte",
        ["Report.Basis"] = "Grund",
    };
}
