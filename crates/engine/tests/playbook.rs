//! The campaign playbook through the session, as the page drives it: cross-sell for a
//! segment, a Mailchimp list with a holdout group, the whole result as JSON, and the
//! campaign measured on a newer file with a known answer.

use segmenter_engine::basics::calendar::Date;
use segmenter_engine::export::ListLayout;
use segmenter_engine::prediction::histories;
use segmenter_engine::reading::{read_table, ReadOptions};
use segmenter_engine::roles::{propose_mapping, Role};
use segmenter_engine::session::{
    AnalysisView, AnalyzeOptions, Answer, CampaignExport, CampaignExported, ExportRequest, Request,
    Session,
};
use segmenter_engine::shop::bind;

mod common;

use common::{session, SMALL_SHOP};

fn export(s: &mut Session, segment: usize, campaign: &str, share: f64) -> CampaignExported {
    let order = CampaignExport {
        segment,
        campaign: campaign.into(),
        layout: ListLayout::Mailchimp,
        holdout_share: share,
        sent: Date::from_ymd(2025, 1, 1).unwrap(),
    };
    match s.handle(Request::Export(ExportRequest::Campaign(order))) {
        Ok(Answer::CampaignExported(e)) => *e,
        other => panic!("{other:?}"),
    }
}

/// The biggest segment's index.
fn biggest(view: &AnalysisView) -> usize {
    (0..view.scheme.segments.len())
        .max_by_key(|&i| view.scheme.segments[i].customers)
        .unwrap()
}

#[test]
fn a_campaign_list_holds_out_a_reproducible_tenth_and_leaves_it_off_the_list() {
    let (mut s, view) = session(SMALL_SHOP);
    let seg = biggest(&view);
    let exported = export(&mut s, seg, "Winter win-back", 0.1);
    let record = &exported.record;
    let audience = record.treated.len() + record.holdout.len();
    assert_eq!(
        record.holdout.len(),
        (audience as f64 * 0.1).round() as usize
    );
    let text = String::from_utf8(exported.download.bytes.clone()).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("Email Address,First Name,Last Name,Tags")
    );
    assert_eq!(
        lines.count(),
        record.treated.len(),
        "one row per treated customer"
    );
    // Nobody is both sent the campaign and held out of it.
    assert!(record.holdout.iter().all(|h| !record.treated.contains(h)));
    assert!(exported
        .download
        .file_name
        .starts_with("segmenter-rfm-segments-"));
    assert!(exported
        .download
        .file_name
        .ends_with("-winter-win-back-mailchimp-2025-01-01.csv"));
    // The same campaign draws the same customers; another campaign draws others.
    assert_eq!(
        export(&mut s, seg, "Winter win-back", 0.1).record,
        exported.record
    );
    let other = export(&mut s, seg, "Spring news", 0.1).record;
    assert_ne!(other.holdout, exported.record.holdout);
}

#[test]
fn a_campaign_is_measured_on_a_newer_file() {
    let (mut s, view) = session(SMALL_SHOP);
    let record = export(&mut s, biggest(&view), "Winter win-back", 0.2).record;
    // The newer file: the old orders, then one €40 order in January 2025 from every other
    // treated customer and from none of the held-out ones.
    let mut newer = SMALL_SHOP.lines().next().unwrap().to_string();
    newer.push('\n');
    let buyers: Vec<&String> = record.treated.iter().step_by(2).collect();
    for (i, key) in buyers.iter().enumerate() {
        newer.push_str(&format!(
            "{},{key},2025-01-{:02},40.00,1,Beauty,DE,,,,,\n",
            9_000_000 + i,
            1 + i % 28
        ));
    }
    for key in &record.holdout {
        newer.push_str(&format!("x{key},{key},2024-06-01,10.00,1,Beauty,DE,,,,,\n"));
    }
    let table = read_table(newer.as_bytes(), &ReadOptions::default()).unwrap();
    let Ok(results) = s.measure("newer.csv", &table, std::slice::from_ref(&record)) else {
        panic!("not measured");
    };
    let r = &results[0];
    assert_eq!(r.treated.customers, record.treated.len());
    assert_eq!(r.treated.buyers, buyers.len());
    assert_eq!(r.holdout.buyers, 0, "their orders are before the send day");
    let rate = r.rate_uplift.unwrap();
    let expected = buyers.len() as f64 / record.treated.len() as f64;
    assert!((rate.difference - expected).abs() < 1e-12);
    assert!(rate.low > 0.0, "{rate:?}");
    assert!((r.treated.revenue - 40.0 * buyers.len() as f64).abs() < 1e-6);
    assert!(
        r.verdict.starts_with("The campaign made a difference"),
        "{}",
        r.verdict
    );
}

#[test]
fn a_newer_file_is_read_with_the_columns_the_merchant_chose() {
    // No export names its customers "buyer_ref": the merchant chose that column for them,
    // and a newer export of the same shop has it too.
    let shop = SMALL_SHOP.replacen("customer_id", "buyer_ref", 1);
    let mut s = Session::new();
    let overview = s
        .read_bytes("shop.csv", shop.as_bytes(), &ReadOptions::default())
        .unwrap();
    let buyer = overview.columns.iter().position(|c| c.name == "buyer_ref");
    let mut mapping = overview.proposed.clone();
    assert_ne!(mapping.column_of(Role::CustomerId), buyer, "not proposed");
    for choice in &mut mapping.columns {
        choice.role = choice.role.filter(|r| *r != Role::CustomerId);
    }
    mapping.columns[buyer.unwrap()].role = Some(Role::CustomerId);
    let Ok(Answer::Analyzed(view)) = s.handle(Request::Analyze(AnalyzeOptions {
        mapping,
        ..AnalyzeOptions::default()
    })) else {
        panic!("not analysed");
    };
    let record = export(&mut s, biggest(&view), "Winter win-back", 0.2).record;
    let mut newer = shop.lines().next().unwrap().to_string();
    for (i, key) in record.treated.iter().enumerate() {
        newer.push_str(&format!(
            "\n{},{key},2025-01-{:02},40.00,1,Beauty,DE,,,,,",
            9_000_000 + i,
            1 + i % 28
        ));
    }
    let table = read_table(newer.as_bytes(), &ReadOptions::default()).unwrap();
    let results = s.measure("newer.csv", &table, std::slice::from_ref(&record));
    let r = &results.unwrap()[0];
    assert_eq!(r.treated.buyers, record.treated.len());
}

#[test]
fn cross_sell_and_the_whole_result() {
    let (mut s, view) = session(SMALL_SHOP);
    let seg = biggest(&view);
    let Ok(Answer::CrossSell(Some(x))) = s.handle(Request::CrossSell(seg)) else {
        panic!("no cross-sell");
    };
    assert_eq!(x.level, "category");
    assert!(x.steps > 0 && !x.next.is_empty(), "{x:?}");
    assert!(x.next.iter().all(|a| a.lift > 1.0 && a.count >= 2));
    if let Some(t) = x.targets.first() {
        let Ok(Answer::Download(d)) = s.handle(Request::Export(ExportRequest::CrossSellTargets {
            segment: seg,
            bought: t.bought.clone(),
            never: t.never.clone(),
        })) else {
            panic!("no list");
        };
        assert_eq!(
            String::from_utf8(d.bytes).unwrap().lines().count(),
            t.customers + 1
        );
    }

    let campaigns = view.scheme.campaigns.clone();
    let Ok(Answer::Download(d)) = s.handle(Request::Export(ExportRequest::Everything(campaigns)))
    else {
        panic!("no JSON");
    };
    assert!(d.file_name.ends_with(".json"));
    let json: serde_json::Value = serde_json::from_slice(&d.bytes).unwrap();
    assert_eq!(json["customers"].as_array().unwrap().len(), view.customers);
    assert_eq!(
        json["segments"].as_array().unwrap().len(),
        view.scheme.segments.len()
    );
    assert_eq!(
        json["campaigns"][0]["segment"],
        view.scheme.campaigns[0].segment.as_str()
    );
}

#[test]
fn an_email_list_of_a_shop_without_addresses_says_why_and_what_to_do() {
    let csv = "order_id,customer_id,order_date,amount\n1,a,2025-01-02,10\n2,b,2025-01-03,20\n";
    let (mut s, view) = session(csv);
    let order = CampaignExport {
        segment: biggest(&view),
        campaign: "Hello".into(),
        layout: ListLayout::Mailchimp,
        holdout_share: 0.1,
        sent: Date::from_ymd(2025, 2, 1).unwrap(),
    };
    let Err(error) = s.handle(Request::Export(ExportRequest::Campaign(order))) else {
        panic!("exported a list without addresses");
    };
    let message = error.to_string();
    assert!(
        message.contains("have no e-mail address: they are not on the list."),
        "{message}"
    );
    assert!(
        message.ends_with("to list them by customer ID instead."),
        "{message}"
    );
}

#[test]
fn an_empty_segment_has_nobody_to_send_to() {
    let (mut s, view) = session(SMALL_SHOP);
    let empty = (0..view.scheme.segments.len())
        .find(|&i| view.scheme.segments[i].customers == 0)
        .expect("the fixture leaves a segment empty");
    let order = CampaignExport {
        segment: empty,
        campaign: "Hello".into(),
        layout: ListLayout::Plain,
        holdout_share: 0.1,
        sent: Date::from_ymd(2025, 2, 1).unwrap(),
    };
    let Err(error) = s.handle(Request::Export(ExportRequest::Campaign(order))) else {
        panic!("exported an empty list");
    };
    let message = error.to_string();
    assert!(
        message.ends_with("has no customers to send a campaign to."),
        "{message}"
    );
}

/// The plan shown before a list goes out counts the customers the list will hold: a list of
/// e-mail addresses leaves out those without one, and the plan said "of 1,000" where the
/// list held out a share of 600.
#[test]
fn the_holdout_plan_counts_the_customers_the_list_reaches() {
    let mut csv = String::from("order_id,customer_id,email,order_date,amount\n");
    for c in 0..60 {
        // Two of every three customers have an address.
        let email = if c % 3 == 2 {
            String::new()
        } else {
            format!("c{c}@example.com")
        };
        csv += &format!("{c},C{c},{email},2025-01-{:02},{}.00\n", 1 + c % 28, 10 + c);
    }
    let (mut s, view) = session(&csv);
    let segment = biggest(&view);
    let members = view.scheme.segments[segment].customers;
    for (layout, reached) in [
        (ListLayout::Plain, members),
        (ListLayout::Mailchimp, members - members / 3),
    ] {
        let plan = Request::PlanHoldout {
            segment,
            layout,
            holdout_share: 0.2,
            expected_uplift: None,
        };
        let Ok(Answer::HoldoutPlanned(sentence)) = s.handle(plan) else {
            panic!("no plan");
        };
        let order = CampaignExport {
            segment,
            campaign: "Hello".into(),
            layout,
            holdout_share: 0.2,
            sent: Date::from_ymd(2025, 2, 1).unwrap(),
        };
        let Ok(Answer::CampaignExported(list)) =
            s.handle(Request::Export(ExportRequest::Campaign(order)))
        else {
            panic!("no list");
        };
        let (held, listed) = (list.record.holdout.len(), list.record.treated.len());
        assert_eq!(held + listed, reached, "{layout:?}");
        assert!(
            sentence.starts_with(&format!("Holding out {held} of {reached} customers")),
            "{layout:?}: {sentence}"
        );
    }
}

/// The plan's sentence for a Plain list to `segment` holding out a fifth.
fn plan(s: &mut Session, segment: usize) -> String {
    let Ok(Answer::HoldoutPlanned(sentence)) = s.handle(Request::PlanHoldout {
        segment,
        layout: ListLayout::Plain,
        holdout_share: 0.2,
        expected_uplift: None,
    }) else {
        panic!("no plan");
    };
    sentence
}

#[test]
fn customers_buying_anyway_are_the_purchase_model_s_once_predicted() {
    let (mut s, view) = session(SMALL_SHOP);
    let segment = |name: &str| {
        let at = view.scheme.segments.iter().position(|s| s.name == name);
        at.expect(name)
    };
    let (champions, loyal) = (segment("Champions"), segment("Loyal Customers"));
    // Before the prediction, who ordered in the last 30 days: nearly every Champion (the
    // segment is made of recent buyers), and no Loyal Customer.
    assert!(plan(&mut s, champions).contains("with about 91.7% of them buying anyway, no uplift"));
    assert!(plan(&mut s, loyal).contains("with about 0.0% of them buying anyway"));

    let Ok(Answer::Predicted(prediction, ..)) = s.handle(Request::Predict(Default::default()))
    else {
        panic!("no prediction");
    };
    // Each customer's chance of ordering in the next 30 days, from their own history.
    let table = read_table(SMALL_SHOP.as_bytes(), &ReadOptions::default()).unwrap();
    let shop = bind(&table, &propose_mapping(&table)).unwrap();
    let histories = histories(&shop, view.reference);
    for at in [champions, loyal] {
        let members = export(&mut s, at, "Check", 0.0).record.treated;
        let likely: f64 = members
            .iter()
            .map(|key| {
                let c = (0..shop.customers.len())
                    .find(|&c| shop.customers.key(c) == key)
                    .unwrap();
                let h = histories.get(c).unwrap();
                prediction.purchases.p_ordering_within(&h, 30.0)
            })
            .sum();
        let baseline = 100.0 * likely / members.len() as f64;
        let sentence = plan(&mut s, at);
        assert!(
            sentence.contains(&format!("with about {baseline:.1}% of them buying anyway")),
            "{sentence}"
        );
    }
    assert!(plan(&mut s, champions).contains("with about 63.0% of them buying anyway"));
}
