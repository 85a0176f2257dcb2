//! Column roles: what each column of a file means to the segmenter, found from header names
//! in six languages and from the shape of the values, and correctable by the merchant.
//!
//! A [`Mapping`] assigns each column at most one [`Role`] and each role at most one column.
//! [`propose_mapping`] scores every (column, role) pair and takes the best pairs first, so
//! `Customer ID` claims the customer role before a bare `Id` can, which then falls to the
//! order id.
//!
//! Headers are compared word by word after folding the ways exports abbreviate and join
//! them: `Cust #`, `Cust. No`, `Kd.-Nr.`, `N° client` and `Nº cliente` all read as a
//! customer number, `order_datetime` and `OrderDateTime` as an order date and time (see
//! [`header_words`]). When no header names the customer, a file of order lines gets its
//! customer from the values: a column of identifiers that is the same on every line of an
//! order and repeats across orders.

use crate::reading::{
    read_date, read_number, read_time, ColumnKind, DateOrder, NumberStyle, NumericDates, Table,
};
use segmenter_words::{Key, Language, Sentence};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::OnceLock;

/// What a column means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The shop's customer identifier.
    CustomerId,
    /// E-mail address (also the customer's identity when there is no id).
    Email,
    /// Given name.
    FirstName,
    /// Family name.
    LastName,
    /// Full name.
    FullName,
    /// Company name (B2B).
    Company,
    /// Order (or payment) identifier; rows sharing one are one order.
    OrderId,
    /// When the order was placed.
    OrderDate,
    /// Time of day, when the export keeps it apart from the date.
    OrderTime,
    /// Money: an order's total or a line's total.
    Amount,
    /// Items on the line.
    Quantity,
    /// Price of one item (amount = quantity × unit price when there is no total).
    UnitPrice,
    /// Money refunded on the order.
    RefundedAmount,
    /// Product name.
    Product,
    /// Product code.
    Sku,
    /// Product category or type.
    Category,
    /// Country.
    Country,
    /// Region, state or province.
    Region,
    /// City.
    City,
    /// Postal code.
    PostalCode,
    /// Age in years.
    Age,
    /// Date of birth.
    BirthDate,
    /// Gender.
    Gender,
    /// Industry (B2B).
    Industry,
    /// Company size, employees (B2B).
    CompanySize,
    /// Whether the order had a discount: a discount or coupon code, or the amount taken off
    /// (any code, or any amount other than 0, means one was used, as the shop's
    /// `discount_used` reads it). Its key stays `discount_code` for saved mappings.
    DiscountCode,
    /// Order or payment status (cancelled, refunded, unpaid and test orders are left out).
    OrderStatus,
    /// When the order was cancelled (set only for cancelled orders).
    CancelledAt,
    /// Whether the customer accepts marketing e-mails.
    AcceptsMarketing,
    /// A customer's total spend (customer summary files).
    TotalSpent,
    /// A customer's number of orders (customer summary files).
    OrdersCount,
    /// A customer's last order date (customer summary files).
    LastOrderDate,
    /// A customer's first order date (customer summary files).
    FirstOrderDate,
}

/// What kind of values a role needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needs {
    /// Text (identifiers, names, places, codes).
    Text,
    /// Numbers (money, quantities, ages).
    Number,
    /// Dates.
    Date,
}

impl Role {
    /// Every role, in the order the mapping screen lists them.
    pub const ALL: [Role; 33] = [
        Role::CustomerId,
        Role::Email,
        Role::FirstName,
        Role::LastName,
        Role::FullName,
        Role::Company,
        Role::OrderId,
        Role::OrderDate,
        Role::OrderTime,
        Role::Amount,
        Role::Quantity,
        Role::UnitPrice,
        Role::RefundedAmount,
        Role::Product,
        Role::Sku,
        Role::Category,
        Role::Country,
        Role::Region,
        Role::City,
        Role::PostalCode,
        Role::Age,
        Role::BirthDate,
        Role::Gender,
        Role::Industry,
        Role::CompanySize,
        Role::DiscountCode,
        Role::OrderStatus,
        Role::CancelledAt,
        Role::AcceptsMarketing,
        Role::TotalSpent,
        Role::OrdersCount,
        Role::LastOrderDate,
        Role::FirstOrderDate,
    ];

    /// The role's name in saved mappings and on the command line (`customer_id`), as it
    /// is serialised.
    pub fn key(self) -> &'static str {
        match self {
            Role::CustomerId => "customer_id",
            Role::Email => "email",
            Role::FirstName => "first_name",
            Role::LastName => "last_name",
            Role::FullName => "full_name",
            Role::Company => "company",
            Role::OrderId => "order_id",
            Role::OrderDate => "order_date",
            Role::OrderTime => "order_time",
            Role::Amount => "amount",
            Role::Quantity => "quantity",
            Role::UnitPrice => "unit_price",
            Role::RefundedAmount => "refunded_amount",
            Role::Product => "product",
            Role::Sku => "sku",
            Role::Category => "category",
            Role::Country => "country",
            Role::Region => "region",
            Role::City => "city",
            Role::PostalCode => "postal_code",
            Role::Age => "age",
            Role::BirthDate => "birth_date",
            Role::Gender => "gender",
            Role::Industry => "industry",
            Role::CompanySize => "company_size",
            Role::DiscountCode => "discount_code",
            Role::OrderStatus => "order_status",
            Role::CancelledAt => "cancelled_at",
            Role::AcceptsMarketing => "accepts_marketing",
            Role::TotalSpent => "total_spent",
            Role::OrdersCount => "orders_count",
            Role::LastOrderDate => "last_order_date",
            Role::FirstOrderDate => "first_order_date",
        }
    }

    /// The role's name in the mapping screen, in `language`.
    pub fn label(self, language: Language) -> String {
        let key = match self {
            Role::CustomerId => Key::OverviewRoleCustomerId,
            Role::Email => Key::OverviewRoleEmail,
            Role::FirstName => Key::OverviewRoleFirstName,
            Role::LastName => Key::OverviewRoleLastName,
            Role::FullName => Key::OverviewRoleFullName,
            Role::Company => Key::OverviewRoleCompany,
            Role::OrderId => Key::OverviewRoleOrderId,
            Role::OrderDate => Key::OverviewRoleOrderDate,
            Role::OrderTime => Key::OverviewRoleOrderTime,
            Role::Amount => Key::OverviewRoleAmount,
            Role::Quantity => Key::OverviewRoleQuantity,
            Role::UnitPrice => Key::OverviewRoleUnitPrice,
            Role::RefundedAmount => Key::OverviewRoleRefundedAmount,
            Role::Product => Key::OverviewRoleProduct,
            Role::Sku => Key::OverviewRoleSku,
            Role::Category => Key::OverviewRoleCategory,
            Role::Country => Key::OverviewRoleCountry,
            Role::Region => Key::OverviewRoleRegion,
            Role::City => Key::OverviewRoleCity,
            Role::PostalCode => Key::OverviewRolePostalCode,
            Role::Age => Key::OverviewRoleAge,
            Role::BirthDate => Key::OverviewRoleBirthDate,
            Role::Gender => Key::OverviewRoleGender,
            Role::Industry => Key::OverviewRoleIndustry,
            Role::CompanySize => Key::OverviewRoleCompanySize,
            Role::DiscountCode => Key::OverviewRoleDiscountCode,
            Role::OrderStatus => Key::OverviewRoleOrderStatus,
            Role::CancelledAt => Key::OverviewRoleCancelledAt,
            Role::AcceptsMarketing => Key::OverviewRoleAcceptsMarketing,
            Role::TotalSpent => Key::OverviewRoleTotalSpent,
            Role::OrdersCount => Key::OverviewRoleOrdersCount,
            Role::LastOrderDate => Key::OverviewRoleLastOrderDate,
            Role::FirstOrderDate => Key::OverviewRoleFirstOrderDate,
        };
        language.text(key, &[])
    }

    /// The role's value in lower case, for sentences ("has no order date").
    pub fn noun(self) -> String {
        match self {
            Role::CustomerId => "customer ID".to_string(),
            Role::Email => "e-mail".to_string(),
            Role::OrderId => "order ID".to_string(),
            Role::Sku => "SKU".to_string(),
            other => other.label(Language::English).to_lowercase(),
        }
    }

    /// What kind of values the role needs.
    pub fn needs(self) -> Needs {
        match self {
            Role::OrderDate
            | Role::BirthDate
            | Role::LastOrderDate
            | Role::FirstOrderDate
            | Role::CancelledAt => Needs::Date,
            Role::Amount
            | Role::Quantity
            | Role::UnitPrice
            | Role::RefundedAmount
            | Role::Age
            | Role::TotalSpent
            | Role::OrdersCount => Needs::Number,
            _ => Needs::Text,
        }
    }

    /// Header names that mean this role, normalised (lower case, accents and punctuation
    /// removed). The first ones are the strongest.
    #[rustfmt::skip]
    fn synonyms(self) -> &'static [&'static str] {
        match self {
            Role::CustomerId => &[
                "customer id", "customerid", "customer number", "customer no", "customer nr",
                "client id", "user id", "buyer id", "kunden id", "kundennummer", "kunden nr",
                "kundennr", "id client", "identifiant client", "numero client", "numero de client",
                "id cliente", "cliente id", "codigo cliente", "codigo de cliente",
                "numero de cliente", "klant id", "klantnummer", "klantnr", "id do cliente",
                "codigo do cliente", "customer reference id", "account id", "contact id",
                "customer", "client", "cliente", "kunde", "klant", "customer code", "client code",
                "customer key", "customer ref", "customer reference", "shopper id", "member id",
                "buyer user id", "buyer username", "kdnr", "debitorennummer", "debitor nr",
                "klant nr", "cod cliente",
            ],
            Role::Email => &[
                "email", "e mail", "email address", "e mail address", "customer email",
                "billing email", "email billing", "mail", "courriel", "adresse e mail",
                "adresse email", "correo", "correo electronico", "e mailadres", "emailadres",
                "email adres", "endereco de email", "endereco de e mail", "e mail adresse",
                "email adresse", "buyer email", "customer e mail", "mail address", "e mail adres",
            ],
            Role::FirstName => &[
                "first name", "firstname", "given name", "billing first name", "first name billing",
                "vorname", "prenom", "nombre", "voornaam", "primeiro nome", "nome",
            ],
            Role::LastName => &[
                "last name", "lastname", "surname", "family name", "billing last name",
                "last name billing", "nachname", "familienname", "nom", "nom de famille",
                "apellido", "apellidos", "achternaam", "sobrenome", "ultimo nome",
            ],
            Role::FullName => &[
                "full name", "customer name", "name", "billing name", "shipping name",
                "customer description", "kundenname", "nom complet", "nom du client",
                "nombre completo", "nombre del cliente", "naam", "klantnaam", "nome completo",
                "nome do cliente", "contact name", "buyer name", "bill to name",
            ],
            Role::Company => &[
                "company", "company name", "billing company", "company billing",
                "default address company", "organization", "organisation", "business",
                "business name", "account name", "firma", "firmenname", "unternehmen", "entreprise",
                "societe", "raison sociale", "empresa", "nombre de la empresa", "bedrijf",
                "bedrijfsnaam", "nome da empresa",
            ],
            Role::OrderId => &[
                "order id", "order number", "order no", "order nr", "order", "order ref",
                "order reference", "order reference id", "transaction id", "payment id", "invoice",
                "invoice number", "invoice id", "invoice no", "receipt number", "charge id",
                "bestellnummer", "bestell nr", "bestellung", "auftragsnummer", "rechnungsnummer",
                "commande", "numero de commande", "n de commande", "id commande",
                "reference commande", "pedido", "numero de pedido", "id pedido", "id del pedido",
                "bestelling", "bestelnummer", "ordernummer", "numero do pedido", "id do pedido",
                "best nr", "bestellnr", "auftragsnr", "auftr nr", "rechnungsnr", "re nr", "rg nr",
                "beleg nr", "belegnummer", "ordernr", "bestelnr", "factuurnummer", "factuurnr",
                "order key", "sale id", "sales id", "receipt id", "receipt no", "purchase id",
                "invoiceno", "id",
            ],
            Role::OrderDate => &[
                "order date", "date", "created at", "created", "created utc", "purchase date",
                "paid at", "date created", "order created", "order created at", "transaction date",
                "payment date", "invoice date", "order date time", "timestamp", "processed at",
                "datum", "bestelldatum", "auftragsdatum", "rechnungsdatum", "date de commande",
                "date commande", "date de la commande", "fecha", "fecha de pedido",
                "fecha del pedido", "besteldatum", "orderdatum", "data", "data do pedido",
                "data de compra", "day", "date time", "order timestamp", "transaction time",
                "sale date", "sales date", "date of sale", "date of purchase", "purchased at",
                "ordered at", "order placed", "placed at", "date placed", "date added",
                "created on", "order created on", "checkout date", "belegdatum", "verkaufsdatum",
                "kaufdatum", "date d achat", "date de vente", "fecha de compra", "fecha de venta",
                "aankoopdatum", "verkoopdatum", "data da venda",
            ],
            Role::OrderTime => &[
                "time", "order time", "uhrzeit", "heure", "hora", "tijd", "tijdstip",
            ],
            Role::Amount => &[
                "order total", "total", "amount", "order total amount", "total amount",
                "grand total", "net sales", "net total", "total collected", "gross sales",
                "revenue", "sales", "line total", "lineitem total", "subtotal",
                "order subtotal amount", "value", "order value", "spend", "amount paid", "paid",
                "converted amount", "betrag", "summe", "gesamt", "gesamtbetrag", "gesamtsumme",
                "umsatz", "montant", "montant total", "total ttc", "importe", "importe total",
                "monto", "total del pedido", "bedrag", "totaal", "totaalbedrag", "valor",
                "valor total", "total do pedido", "order amount", "total paid", "paid amount",
                "total price", "sale total", "sales total", "gross amount", "total incl tax",
                "total inc tax", "gesamtpreis", "rechnungsbetrag", "bruttobetrag", "endbetrag",
                "montant ttc", "prix total", "total factura", "totaalprijs", "valor do pedido",
                "valor pago",
            ],
            Role::Quantity => &[
                "quantity", "qty", "lineitem quantity", "items", "units", "item count",
                "items sold", "quantity refund", "menge", "anzahl", "stuckzahl", "quantite", "qte",
                "cantidad", "aantal", "quantidade", "quantity purchased", "qty ordered",
                "qty invoiced", "pieces", "pcs", "stuck", "stk", "anz",
            ],
            Role::UnitPrice => &[
                "unit price", "price", "lineitem price", "item price", "item cost",
                "price per unit", "preis", "einzelpreis", "stuckpreis", "prix", "prix unitaire",
                "precio", "precio unitario", "prijs", "stukprijs", "preco", "preco unitario",
                "price each", "unit cost", "sale price", "selling price",
            ],
            Role::RefundedAmount => &[
                "refunded amount", "amount refunded", "refunded", "refund", "refunds",
                "order refund amount", "partial refunds", "converted amount refunded",
                "refunded total", "refund total", "erstattet", "erstattungsbetrag", "rembourse",
                "montant rembourse", "reembolso", "reembolsado", "terugbetaald", "reembolsado",
            ],
            Role::Product => &[
                "product", "product name", "item", "item name", "lineitem name", "title",
                "product title", "product s", "article", "artikel", "artikelname", "produkt",
                "produktname", "produit", "nom du produit", "producto", "articulo",
                "nombre del producto", "productnaam", "produto", "nome do produto", "description",
                "item title", "item description", "bezeichnung", "artikelbezeichnung",
                "libelle", "omschrijving", "descripcion", "descricao",
            ],
            Role::Sku => &[
                "sku", "lineitem sku", "item sku", "product code", "product id", "variant sku",
                "article number", "artikelnummer", "artikel nr", "reference produit", "ref produit",
                "codigo de producto", "referencia", "artikelcode", "codigo do produto",
                "stock code", "item code", "product sku", "item number", "ean", "gtin", "upc",
                "asin",
            ],
            Role::Category => &[
                "category", "product category", "product type", "collection", "department",
                "product group", "kategorie", "produktkategorie", "warengruppe", "categorie",
                "categorie de produit", "categoria", "categoria de producto", "productcategorie",
                "categoria do produto",
            ],
            Role::Country => &[
                "country", "billing country", "shipping country", "country code", "country billing",
                "country code billing", "country code shipping", "default address country code",
                "card address country", "land", "pays", "pais", "staat",
            ],
            Role::Region => &[
                "region", "state", "province", "billing province", "shipping province",
                "province code", "state code", "state billing", "state code billing",
                "billing province name", "default address province code", "county", "bundesland",
                "etat", "provincia", "estado", "comunidad", "provincie", "regio",
            ],
            Role::City => &[
                "city", "billing city", "shipping city", "city billing", "town", "suburb",
                "billing suburb",
                "default address city", "stadt", "ort", "ville", "ciudad", "localidad", "stad",
                "plaats", "woonplaats", "cidade",
            ],
            Role::PostalCode => &[
                "postal code", "postcode", "zip", "zip code", "zipcode", "billing zip",
                "shipping zip", "postcode billing", "default address zip", "plz", "postleitzahl",
                "code postal", "cp", "codigo postal", "cep", "postcode billing",
            ],
            Role::Age => &[
                "age", "customer age", "alter", "edad", "leeftijd", "idade", "age client",
            ],
            Role::BirthDate => &[
                "birth date", "birthdate", "date of birth", "dob", "birthday", "geburtsdatum",
                "geburtstag", "date de naissance", "fecha de nacimiento", "geboortedatum",
                "data de nascimento",
            ],
            Role::Gender => &[
                "gender", "sex", "customer gender", "geschlecht", "genre", "sexe", "genero", "sexo",
                "geslacht", "anrede", "salutation", "civilite", "aanhef", "tratamiento",
            ],
            Role::Industry => &[
                "industry", "sector", "vertical", "branche", "industrie", "secteur", "industria",
                "setor",
            ],
            Role::CompanySize => &[
                "company size", "employees", "number of employees", "employee count", "headcount",
                "mitarbeiter", "anzahl mitarbeiter", "mitarbeiterzahl", "unternehmensgrosse",
                "taille entreprise", "taille de l entreprise", "effectif", "empleados",
                "numero de empleados", "tamano de empresa", "medewerkers", "aantal medewerkers",
                "funcionarios", "tamanho da empresa", "employee range", "employees range",
                "company employees", "firmengrosse", "beschaftigte",
            ],
            Role::DiscountCode => &[
                "discount code", "coupon", "coupon code", "coupons", "coupon s", "promo code",
                "voucher", "voucher code", "discount name", "gutschein", "gutscheincode",
                "rabattcode", "code promo", "code de reduction", "codigo de descuento", "cupon",
                "kortingscode", "cupom", "codigo de desconto", "discount", "discounts",
                "discount amount", "coupon discount", "discount used", "promo", "promotion",
                "rabatt", "rabattbetrag", "remise", "reduction", "descuento", "korting", "desconto",
            ],
            Role::OrderStatus => &[
                "order status", "status", "financial status", "payment status",
                "transaction status", "bestellstatus", "zahlungsstatus", "statut",
                "statut de la commande", "estado del pedido", "bestelstatus", "situacao",
                "status do pedido",
            ],
            Role::CancelledAt => &[
                "cancelled at", "canceled at", "cancelled", "cancellation date", "storniert am",
            ],
            Role::AcceptsMarketing => &[
                "accepts marketing", "accepts email marketing", "newsletter", "opt in",
                "email opt in", "marketing consent", "subscribed", "email subscription status",
                "marketing opt in", "werbeeinwilligung", "newsletter abonniert",
                "accepte le marketing", "acepta marketing", "nieuwsbrief", "aceita marketing",
                "newsletter subscription", "subscribed to newsletter", "optin",
            ],
            Role::TotalSpent => &[
                "total spent", "total spend", "amount spent", "lifetime value", "ltv", "clv",
                "customer lifetime value", "total sales", "total revenue", "gesamtumsatz",
                "umsatz gesamt", "total depense", "montant total depense", "gasto total",
                "total gastado", "totaal besteed", "total gasto", "valor total gasto",
            ],
            Role::OrdersCount => &[
                "total orders", "orders", "order count", "orders count", "number of orders",
                "purchases", "number of purchases", "anzahl bestellungen", "bestellungen",
                "nombre de commandes", "commandes", "numero de pedidos", "pedidos",
                "total de pedidos", "aantal bestellingen", "bestellingen",
            ],
            Role::LastOrderDate => &[
                "last order date", "last order", "last purchase", "last purchase date",
                "last order at", "most recent order", "letzte bestellung",
                "datum letzte bestellung", "date derniere commande", "derniere commande",
                "ultimo pedido", "fecha ultimo pedido", "laatste bestelling",
                "data do ultimo pedido",
            ],
            Role::FirstOrderDate => &[
                "first order date", "first order", "first purchase", "first purchase date",
                "customer since", "erste bestellung", "premiere commande", "primer pedido",
                "eerste bestelling", "primeiro pedido",
            ],
        }
    }
}

/// The merchant's choice for one column: its role and, where the reader could not be sure,
/// how its numbers or dates are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnChoice {
    /// The role, if the column is used.
    pub role: Option<Role>,
    /// Decimal convention, overriding detection.
    pub number_style: Option<NumberStyle>,
    /// Day/month order, overriding detection.
    pub date_order: Option<DateOrder>,
}

/// Roles for the columns of a file, by column position.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mapping {
    /// One choice per column.
    pub columns: Vec<ColumnChoice>,
}

impl Mapping {
    /// The column that has `role`.
    pub fn column_of(&self, role: Role) -> Option<usize> {
        self.columns.iter().position(|c| c.role == Some(role))
    }

    /// Whether some column has `role`.
    pub fn has(&self, role: Role) -> bool {
        self.column_of(role).is_some()
    }

    /// Gives `role` to `column`, taking it from any other column.
    pub fn assign(&mut self, column: usize, role: Option<Role>) {
        if let Some(r) = role {
            for c in &mut self.columns {
                if c.role == Some(r) {
                    c.role = None;
                }
            }
        }
        if let Some(c) = self.columns.get_mut(column) {
            c.role = role;
        }
    }

    /// What is missing for the mapping to be segmented; empty when complete.
    pub fn missing(&self) -> Vec<Missing> {
        let mut missing = Vec::new();
        if !self.has(Role::CustomerId) && !self.has(Role::Email) {
            missing.push(Missing::Customer);
        }
        let summary = self.is_customer_summary();
        if !summary && !self.has(Role::OrderDate) {
            missing.push(Missing::OrderDate);
        }
        let money = self.has(Role::Amount) || self.has(Role::UnitPrice) || summary;
        if !money {
            missing.push(Missing::Amount);
        }
        missing
    }

    /// Whether the roles describe one row per customer with totals, not orders.
    pub fn is_customer_summary(&self) -> bool {
        (self.has(Role::TotalSpent) || self.has(Role::OrdersCount)) && !self.has(Role::OrderDate)
    }
}

/// A role a mapping must give some column before the customers can be segmented.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Missing {
    /// Who the customer is: a customer id or an e-mail address.
    Customer,
    /// When each order was placed.
    OrderDate,
    /// How much each order was worth (an amount, or a unit price).
    Amount,
}

impl Sentence for Missing {
    fn sentence(&self, language: Language) -> String {
        let key = match self {
            Missing::Customer => Key::MissingCustomer,
            Missing::OrderDate => Key::MissingOrderDate,
            Missing::Amount => Key::MissingAmount,
        };
        language.text(key, &[])
    }
}

impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

/// Folds a header to compare it with synonyms: lower case, accents removed, everything but
/// letters and digits turned into single spaces (`"E-Mail (Billing)"` → `"e mail billing"`).
pub fn normalize_header(header: &str) -> String {
    let mut out = String::with_capacity(header.len());
    let mut space = true;
    let mut push = |c: char| {
        if c.is_alphanumeric() {
            out.push(c);
            space = false;
        } else if c == '#' {
            if !space {
                out.push(' ');
            }
            out.push_str("no");
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    };
    // Most cells and headers are ASCII, which lowers a byte at a time with no accents to
    // fold: the roles look at thousands of cells (`is_status`).
    if header.is_ascii() {
        header
            .bytes()
            .for_each(|b| push(char::from(b.to_ascii_lowercase())));
    } else {
        header
            .chars()
            .flat_map(char::to_lowercase)
            .for_each(|c| push(fold_accent(c)));
    }
    out.truncate(out.trim_end().len());
    out
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'ß' => 's',
        other => other,
    }
}

/// Words headers abbreviate, and what they stand for. Every way of writing "number"
/// (`No`, `Nr.`, `#`, `N°`, `Nº`, `núm.`, `numéro`, `Nummer`) becomes `no`.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("n", "no"),
    ("nr", "no"),
    ("nro", "no"),
    ("num", "no"),
    ("nbr", "no"),
    ("number", "no"),
    ("numero", "no"),
    ("nummer", "no"),
    ("cust", "customer"),
    ("kd", "customer"),
    ("kdnr", "customer no"),
    ("clt", "client"),
    ("co", "company"),
    ("cod", "codigo"),
    ("ord", "order"),
    ("inv", "invoice"),
    ("txn", "transaction"),
    ("trx", "transaction"),
    ("tx", "transaction"),
    ("trans", "transaction"),
    ("purch", "purchase"),
    ("amt", "amount"),
    ("tot", "total"),
    ("dt", "date"),
    ("ts", "timestamp"),
    ("tstamp", "timestamp"),
    ("datetime", "date time"),
    ("prod", "product"),
    ("desc", "description"),
    ("cat", "category"),
    ("ctry", "country"),
    ("cntry", "country"),
    ("ref", "reference"),
    ("cde", "commande"),
    ("cmd", "commande"),
    ("ped", "pedido"),
    ("mnt", "montant"),
    ("imp", "importe"),
    ("bedr", "bedrag"),
    ("ident", "id"),
    ("identifier", "id"),
    ("identifiant", "id"),
];

/// Words that join others in headers without changing what they name (`date de la
/// commande` is `date commande`), in the six languages.
#[rustfmt::skip]
const JOINING_WORDS: &[&str] = &[
    "of", "the", "de", "du", "des", "la", "le", "les", "l", "d", "del", "el", "los", "las",
    "da", "do", "dos", "das", "der", "die", "den", "van", "het", "di",
];

/// A normalised header (see [`normalize_header`]) in the words roles are matched on:
/// joining words dropped and abbreviations written out ([`ABBREVIATIONS`]); with
/// `vocabulary`, a word that is not one but joins two or three of its words (`orderdate`,
/// `invoiceno`, `custid`) is split into them.
fn canonical(normalized: &str, vocabulary: Option<&HashSet<String>>) -> String {
    let mut words: Vec<&str> = Vec::new();
    for word in normalized.split(' ').filter(|w| !w.is_empty()) {
        let pieces = vocabulary
            .and_then(|v| split_joined(word, v))
            .unwrap_or_else(|| vec![word]);
        for piece in pieces {
            if JOINING_WORDS.contains(&piece) {
                continue;
            }
            match ABBREVIATIONS.iter().find(|(short, _)| *short == piece) {
                Some((_, long)) => words.extend(long.split(' ')),
                None => words.push(piece),
            }
        }
    }
    words.join(" ")
}

/// `word` as two or three words of `vocabulary`, each of two letters or more, when it is
/// not one itself: the longest first word that leads to a split wins.
fn split_joined<'w>(word: &'w str, vocabulary: &HashSet<String>) -> Option<Vec<&'w str>> {
    // Words that would split into known ones but mean something else: a username is no
    // person's name.
    const WHOLE: &[&str] = &["username", "nickname", "filename", "hostname", "screenname"];
    if word.len() < 5 || vocabulary.contains(word) || !word.is_ascii() || WHOLE.contains(&word) {
        return None;
    }
    let known = |w: &str| w.len() >= 2 && vocabulary.contains(w);
    for i in (2..word.len() - 1).rev() {
        let (head, tail) = word.split_at(i);
        if !known(head) {
            continue;
        }
        if known(tail) {
            return Some(vec![head, tail]);
        }
        for j in (2..tail.len() - 1).rev() {
            let (middle, last) = tail.split_at(j);
            if known(middle) && known(last) {
                return Some(vec![head, middle, last]);
            }
        }
    }
    None
}

/// Every role's synonyms in matching words ([`canonical`]), and every word they use with
/// a few abbreviations, to split joined headers by. Built once.
struct Synonyms {
    /// Per role, each synonym and the same with its words sorted (word order aside).
    by_role: HashMap<Role, Vec<(String, String)>>,
    vocabulary: HashSet<String>,
}

/// A text's words in alphabetical order, to compare headers whatever their word order.
fn sorted_words(text: &str) -> String {
    let mut words: Vec<&str> = text.split(' ').collect();
    words.sort_unstable();
    words.join(" ")
}

fn synonyms() -> &'static Synonyms {
    static SYNONYMS: OnceLock<Synonyms> = OnceLock::new();
    SYNONYMS.get_or_init(|| {
        let by_role: HashMap<Role, Vec<(String, String)>> = Role::ALL
            .iter()
            .map(|&role| {
                let words = role
                    .synonyms()
                    .iter()
                    .map(|s| {
                        let words = canonical(s, None);
                        let sorted = sorted_words(&words);
                        (words, sorted)
                    })
                    .collect();
                (role, words)
            })
            .collect();
        let mut vocabulary: HashSet<String> = by_role
            .values()
            .flatten()
            .flat_map(|(s, _)| s.split(' '))
            .map(str::to_string)
            .collect();
        // The abbreviations that lead joined headers (`custid`, `txnid`, `invdt`); not the
        // rarer ones, which would cut words (`import` is no `imp ort`).
        vocabulary.extend(
            ["cust", "ord", "inv", "txn", "amt", "dt", "ts"]
                .iter()
                .map(|short| short.to_string()),
        );
        Synonyms {
            by_role,
            vocabulary,
        }
    })
}

/// A header in the words roles are matched on: split where its case changes
/// (`OrderDateTime`, `CustomerID`), normalised ([`normalize_header`]), with `N°`, `Nº` and
/// `№` read as "number", joining words dropped, abbreviations written out and joined
/// words split (`canonical`).
///
/// ```
/// use segmenter_engine::roles::header_words;
/// assert_eq!(header_words("Cust #"), "customer no");
/// assert_eq!(header_words("Kd.-Nr."), "customer no");
/// assert_eq!(header_words("N° client"), "no client");
/// assert_eq!(header_words("Nº de cliente"), "no cliente");
/// assert_eq!(header_words("order_datetime"), "order date time");
/// assert_eq!(header_words("InvoiceDate"), "invoice date");
/// assert_eq!(header_words("orderdate"), "order date");
/// ```
pub fn header_words(header: &str) -> String {
    let chars: Vec<char> = header.chars().collect();
    let mut spaced = String::with_capacity(header.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        if c.is_uppercase() {
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if prev.is_some_and(|p| p.is_lowercase() || (p.is_uppercase() && next_lower)) {
                spaced.push(' ');
            }
        }
        match c {
            // `N°` and `Nº` are "number"; a degree sign elsewhere is nothing.
            '°' | 'º' if prev.is_some_and(|p| p == 'n' || p == 'N') => spaced.push('o'),
            '°' | 'º' => spaced.push(' '),
            '№' => spaced.push_str(" no "),
            _ => spaced.push(c),
        }
    }
    canonical(&normalize_header(&spaced), Some(&synonyms().vocabulary))
}

/// Synonyms too general to count inside a longer header: `Customer Group`, `Order Notes`
/// and `Date registered` name no customer, order or order date.
#[rustfmt::skip]
const EXACT_ONLY: &[&str] = &[
    "customer", "client", "cliente", "kunde", "klant", "order", "invoice", "bestellung",
    "commande", "pedido", "bestelling", "date", "datum", "fecha", "data", "day", "created",
    "name", "nom", "nombre", "nome", "naam",
];

/// Words that say how a date is written, not which date it is: `Order Date (UTC)`,
/// `Datum/Uhrzeit` name the order date as `Order Date` and `Datum` do.
#[rustfmt::skip]
const TIME_QUALIFIERS: &[&str] = &[
    "utc", "gmt", "local", "time", "uhrzeit", "zeit", "heure", "hora", "tijd", "tz",
];

/// Words after an amount that say how it is counted, not which amount it is: `Grand Total
/// (Base)`, `Order Total (inc tax)` and `Amount (EUR)` name the amount as `Grand Total`,
/// `Order Total` and `Amount` do.
#[rustfmt::skip]
const MONEY_QUALIFIERS: &[&str] = &[
    "base", "purchased", "inc", "incl", "including", "ex", "excl", "excluding", "tax", "vat",
    "gross", "net", "brutto", "netto", "ttc", "ht", "eur", "usd", "gbp", "chf",
];

/// The header without the words that only say how its value is written ([`TIME_QUALIFIERS`]
/// anywhere for dates, [`MONEY_QUALIFIERS`] at the end for money), when that leaves
/// something else.
fn unqualified(header: &str, role: Role) -> Option<String> {
    let words: Vec<&str> = header.split(' ').collect();
    let kept: Vec<&str> = match role {
        _ if role.needs() == Needs::Date => words
            .iter()
            .copied()
            .filter(|w| !TIME_QUALIFIERS.contains(w))
            .collect(),
        Role::Amount | Role::UnitPrice | Role::RefundedAmount | Role::TotalSpent => {
            let end = words
                .iter()
                .rposition(|w| !MONEY_QUALIFIERS.contains(w))
                .map_or(0, |i| i + 1);
            words[..end].to_vec()
        }
        _ => return None,
    };
    let kept = kept.join(" ");
    (!kept.is_empty() && kept != header).then_some(kept)
}

/// How strongly a header (in [`header_words`]) names a role: 100 for a synonym, in any
/// word order (a little less for the later, weaker ones), 95 for one once words saying
/// only how the value is written are set aside (see [`unqualified`]), 53–70 when it
/// contains one as whole words (longer ones count more; not the [`EXACT_ONLY`] ones),
/// else 0.
fn header_score(header: &str, role: Role) -> u32 {
    let synonyms = &synonyms().by_role[&role];
    let header_sorted = sorted_words(header);
    if let Some(i) = synonyms
        .iter()
        .position(|(s, sorted)| s == header || *sorted == header_sorted)
    {
        return 100 - (i as u32).min(20);
    }
    // A little less than the header alone: `amountTotal` beats `amountNet`.
    if let Some(bare) = unqualified(header, role) {
        let bare_sorted = sorted_words(&bare);
        if let Some(i) = synonyms
            .iter()
            .position(|(_, sorted)| *sorted == bare_sorted)
        {
            return 95 - (i as u32).min(20);
        }
    }
    let padded = format!(" {header} ");
    synonyms
        .iter()
        .map(|(s, _)| s)
        .filter(|s| s.len() >= 3 && !EXACT_ONLY.contains(&s.as_str()))
        .filter(|s| padded.contains(&format!(" {s} ")))
        .map(|s| 50 + (s.len() as u32).min(20))
        .max()
        .unwrap_or(0)
}

/// Whether a header says when an order was placed in words no synonym has: a word for the
/// order (`order`, `purchase`, `transaction`, `sale`, `invoice`…) with a word for a moment
/// (`date`, `time`, `timestamp`, `at`, `on`…), as in `purchase_ts` or `txn_time`, and no
/// word for another event (shipping, cancelling, the last order…).
fn says_when_ordered(header: &str) -> bool {
    #[rustfmt::skip]
    const ORDER: &[&str] = &[
        "order", "ordered", "purchase", "purchased", "transaction", "sale", "sales", "sold",
        "invoice", "checkout", "receipt", "booking", "bestellung", "bestell", "kauf",
        "commande", "achat", "vente", "pedido", "compra", "venta", "bestelling", "aankoop",
    ];
    #[rustfmt::skip]
    const MOMENT: &[&str] = &[
        "date", "time", "timestamp", "at", "on", "day", "when", "datum", "zeit", "zeitpunkt",
        "heure", "fecha", "hora", "data", "tijd", "moment",
    ];
    #[rustfmt::skip]
    const OTHER_EVENT: &[&str] = &[
        "last", "first", "cancel", "cancelled", "canceled", "cancellation", "ship", "shipped",
        "shipping", "deliver", "delivered", "delivery", "update", "updated", "modified",
        "birth", "refund", "refunded", "due", "expire", "expires", "expiry", "fulfilled",
        "fulfillment", "return", "returned", "storniert", "versand", "lieferung", "livraison",
        "envio", "entrega", "levering",
    ];
    let words: Vec<&str> = header.split(' ').collect();
    let any = |list: &[&str]| words.iter().any(|w| list.contains(w));
    any(ORDER) && any(MOMENT) && !any(OTHER_EVENT)
}

/// What the values of a column look like, from a sample of its rows.
struct Shape {
    /// Share of non-empty sampled cells that read as numbers / dates.
    numeric: f64,
    dated: f64,
    /// Whether the dates are numbers (Excel serials, Unix time), which only a header can tell.
    numeric_dates: bool,
    /// Share of non-empty cells that look like e-mail addresses.
    emails: f64,
    /// Share of non-empty cells shaped like `#1001`.
    hash_numbers: f64,
    /// Share of sampled rows that are empty.
    empty: f64,
    /// Share of non-empty cells that give a time of day (alone or after a date).
    timed: f64,
    /// Share of non-empty cells that are order statuses (`paid`, `storniert`, `Livré`…).
    statuses: f64,
}

/// Looks at up to 2,000 rows spread over the file: enough to judge, cheap on a million.
fn shape_of(table: &Table, column: usize) -> Shape {
    let col = &table.columns[column];
    let step = (table.rows / 2000).max(1);
    let sampled = (0..table.rows).step_by(step).count().max(1);
    let texts: Vec<String> = (0..table.rows)
        .step_by(step)
        .map(|r| col.text(r).trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    let n = texts.len().max(1) as f64;
    let share = |f: &dyn Fn(&str) -> bool| texts.iter().filter(|t| f(t)).count() as f64 / n;
    // Each cell read once under both conventions, the first's value preferred.
    let numbers: Vec<f64> = texts
        .iter()
        .filter_map(|t| {
            let reading = read_number(t);
            reading.first().or(reading.second())
        })
        .collect();
    let all_numbers = !texts.is_empty() && numbers.len() == texts.len();
    let numeric_dates = (col.kind() == ColumnKind::Number || all_numbers)
        && NumericDates::detect(numbers.iter().copied()).is_some();
    let dated = if numeric_dates {
        numbers.len() as f64 / n
    } else {
        share(&|t| {
            let reading = read_date(t);
            reading.first().or(reading.second()).is_some()
        })
    };
    Shape {
        numeric: numbers.len() as f64 / n,
        dated,
        numeric_dates,
        emails: share(&|t| {
            t.contains('@')
                && t.rsplit('@').next().is_some_and(|d| d.contains('.'))
                && !t.contains(' ')
        }),
        hash_numbers: share(&|t| {
            t.strip_prefix('#')
                .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
        }),
        empty: 1.0 - texts.len() as f64 / sampled as f64,
        timed: share(&|t| read_time(t).is_some()),
        statuses: share(&is_status),
    }
}

/// Words order statuses are made of, in the six languages (accents removed, lower case):
/// a cell with one of them is a status, which tells a status column headed `État` or
/// `Estado` from a column of states or provinces.
#[rustfmt::skip]
const STATUS_WORDS: &[&str] = &[
    "paid", "unpaid", "pending", "complete", "completed", "cancelled", "canceled", "refunded",
    "shipped", "delivered", "processing", "hold", "failed", "fulfilled", "unfulfilled",
    "authorized", "voided", "awaiting", "bezahlt", "offen", "storniert", "versendet",
    "versandt", "abgeschlossen", "zugestellt", "bearbeitung", "paye", "payee", "annule",
    "annulee", "livre", "livree", "expedie", "expediee", "rembourse", "attente", "accepte",
    "pagado", "pendiente", "cancelado", "cancelada", "enviado", "entregado", "completado",
    "reembolsado", "procesando", "betaald", "geannuleerd", "verzonden", "afgerond",
    "behandeling", "geleverd", "pago", "aguardando", "entregue", "aprovado", "faturado",
];

fn is_status(text: &str) -> bool {
    normalize_header(text)
        .split(' ')
        .any(|w| STATUS_WORDS.contains(&w))
}

/// How well a column fits a role, header (in [`header_words`]) and values together; 0
/// when it cannot serve.
fn fit(header: &str, shape: &Shape, role: Role) -> u32 {
    let mut by_header = header_score(header, role);
    if role == Role::OrderDate && by_header < 65 && says_when_ordered(header) {
        by_header = 65;
    }
    // A header that names the role is trusted with a few bad cells (they are reported);
    // values alone must be nearly all of the right kind.
    let enough = |share: f64| share >= if by_header >= 60 { 0.5 } else { 0.9 };
    let fits_values = match role.needs() {
        // Whole dates are no time of day (`txn_time`), and a header that only mentions a
        // time (`delivery-time-zone`) needs values that are times.
        Needs::Text if role == Role::OrderTime => {
            shape.dated < 0.5 && (by_header >= 60 || enough(shape.timed))
        }
        Needs::Number => enough(shape.numeric),
        // Numbers are dates only when the header says so (Excel serials, Unix time).
        Needs::Date => enough(shape.dated) && (!shape.numeric_dates || by_header >= 60),
        Needs::Text => true,
    };
    if !fits_values || shape.empty >= 1.0 {
        return 0;
    }
    let by_values = match role {
        Role::Email if shape.emails >= 0.8 => 70,
        // Shopify's order "Name" (#1001) is on every line of an order; its "Id" is not.
        // Above the payment and receipt ids Shopify writes beside it.
        Role::OrderId if shape.hash_numbers >= 0.8 => 95,
        // Only for a header that says nothing: `Fulfillment Status` must not outbid the
        // `Financial Status` header that names the role.
        Role::OrderStatus if shape.statuses >= 0.8 && by_header == 0 => 70,
        _ => 0,
    };
    // A name column full of `#1001` is Shopify's order number, not a person.
    let penalty = match role {
        Role::FullName | Role::FirstName | Role::LastName if shape.hash_numbers >= 0.5 => 100,
        // `État` and `Estado` are a state or an order's state: the values say which.
        Role::Region | Role::City | Role::Country if shape.statuses >= 0.5 => 100,
        Role::Email if shape.emails < 0.5 => 100,
        _ if shape.emails >= 0.8 && role != Role::Email => 100,
        _ => 0,
    };
    (by_header + by_values).saturating_sub(penalty)
}

/// The mapping the file's headers and values suggest.
///
/// ```
/// use segmenter_engine::reading::{read_table, ReadOptions};
/// use segmenter_engine::roles::{propose_mapping, Role};
/// let csv = "Bestellnummer;Kundennummer;Bestelldatum;Betrag\nA1;K7;03.01.2024;12,50\n";
/// let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
/// let mapping = propose_mapping(&table);
/// assert_eq!(mapping.column_of(Role::CustomerId), Some(1));
/// assert_eq!(mapping.column_of(Role::Amount), Some(3));
/// ```
pub fn propose_mapping(table: &Table) -> Mapping {
    let headers: Vec<String> = table
        .columns
        .iter()
        .map(|c| header_words(&c.name))
        .collect();
    let shapes: Vec<Shape> = (0..table.columns.len())
        .map(|i| shape_of(table, i))
        .collect();
    let mut candidates: Vec<(u32, usize, Role)> = Vec::new();
    for (i, (header, shape)) in headers.iter().zip(&shapes).enumerate() {
        for role in Role::ALL {
            let score = fit(header, shape, role);
            if score >= 50 {
                candidates.push((score, i, role));
            }
        }
    }
    // Best pairs first; on equal scores the earlier column and the earlier role win.
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut mapping = Mapping {
        columns: vec![ColumnChoice::default(); table.columns.len()],
    };
    for (_, column, role) in candidates {
        if mapping.columns[column].role.is_none() && !mapping.has(role) {
            mapping.columns[column].role = Some(role);
        }
    }
    if !mapping.has(Role::CustomerId) && !mapping.has(Role::Email) {
        if let Some(column) = customer_by_values(table, &mapping, &shapes) {
            mapping.columns[column].role = Some(Role::CustomerId);
        }
    }
    mapping
}

/// How many rows, from the top, [`customer_by_values`] looks at: lines of one order are
/// next to each other, so a stepped sample would split them.
const CUSTOMER_ROWS: usize = 20_000;

/// In a file of order lines whose headers name no customer, the column that must be the
/// customer's identifier: not given a role, identifiers (no spaces, a digit in nearly
/// every cell, not dates or amounts), the same on every line of an order, and repeating
/// across orders, as a customer who came back does. A column with as many values as
/// there are orders (an invoice number beside the order number) is not it. Of several,
/// the one with the most different values. `None` in a file of one row per order, which
/// cannot show a column is the same over an order's lines.
fn customer_by_values(table: &Table, mapping: &Mapping, shapes: &[Shape]) -> Option<usize> {
    let order_column = &table.columns[mapping.column_of(Role::OrderId)?];
    let rows = table.rows.min(CUSTOMER_ROWS);
    let mut order_of_row: Vec<u32> = Vec::with_capacity(rows);
    let mut orders: HashMap<String, u32> = HashMap::new();
    for r in 0..rows {
        let id = order_column.text(r);
        let id = id.trim();
        let next = orders.len() as u32;
        order_of_row.push(if id.is_empty() {
            u32::MAX
        } else {
            *orders.entry(id.to_string()).or_insert(next)
        });
    }
    let with_ids = order_of_row.iter().filter(|&&o| o != u32::MAX).count();
    if orders.len() < 2 || orders.len() == with_ids {
        // No order has several lines.
        return None;
    }
    let mut best: Option<(usize, usize)> = None;
    for (i, column) in table.columns.iter().enumerate() {
        let shape = &shapes[i];
        if mapping.columns[i].role.is_some()
            || column.kind() != ColumnKind::Text
            || shape.dated >= 0.5
            || shape.emails > 0.0
            || shape.empty >= 0.5
        {
            continue;
        }
        let mut customer_of_order = vec![u32::MAX; orders.len()];
        let mut values: HashMap<String, u32> = HashMap::new();
        let (mut filled, mut with_digit, mut ok) = (0usize, 0usize, true);
        for (r, &order) in order_of_row.iter().enumerate() {
            let text = column.text(r);
            let text = text.trim();
            if text.is_empty() || order == u32::MAX {
                continue;
            }
            if text.chars().any(char::is_whitespace) || text.len() > 64 {
                ok = false;
                break;
            }
            filled += 1;
            with_digit += usize::from(text.bytes().any(|b| b.is_ascii_digit()));
            let next = values.len() as u32;
            let value = *values.entry(text.to_string()).or_insert(next);
            let slot = &mut customer_of_order[order as usize];
            if *slot == u32::MAX {
                *slot = value;
            } else if *slot != value {
                ok = false;
                break;
            }
        }
        let ordered = customer_of_order.iter().filter(|&&c| c != u32::MAX).count();
        let identifiers = filled > 0 && with_digit * 10 >= filled * 9;
        let repeats = values.len() > 1 && values.len() < ordered;
        if ok && identifiers && repeats && best.is_none_or(|(_, n)| values.len() > n) {
            best = Some((i, values.len()));
        }
    }
    best.map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_keys_are_their_serialised_names() {
        for role in Role::ALL {
            assert_eq!(
                serde_json::to_string(&role).unwrap(),
                format!("\"{}\"", role.key())
            );
        }
    }
    use crate::reading::{read_table, ReadOptions};

    fn roles_of(csv: &str) -> Vec<(String, Option<Role>)> {
        let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
        let mapping = propose_mapping(&table);
        table
            .columns
            .iter()
            .zip(&mapping.columns)
            .map(|(c, m)| (c.name.clone(), m.role))
            .collect()
    }

    fn role(roles: &[(String, Option<Role>)], name: &str) -> Option<Role> {
        roles.iter().find(|(n, _)| n == name).and_then(|(_, r)| *r)
    }

    #[test]
    fn normalises_headers() {
        assert_eq!(normalize_header("E-Mail (Billing)"), "e mail billing");
        assert_eq!(normalize_header("  Código Postal "), "codigo postal");
        assert_eq!(normalize_header("Order #"), "order no");
        assert_eq!(normalize_header("Straße"), "strase");
    }

    #[test]
    fn english_order_export() {
        let r = roles_of(
            "order_id,customer_id,order_date,amount,product_category,country,email\n\
             1,C1,2024-01-05,12.50,Shoes,DE,a@b.com\n2,C2,2024-01-06,3.10,Bags,FR,c@d.com\n",
        );
        assert_eq!(role(&r, "order_id"), Some(Role::OrderId));
        assert_eq!(role(&r, "customer_id"), Some(Role::CustomerId));
        assert_eq!(role(&r, "order_date"), Some(Role::OrderDate));
        assert_eq!(role(&r, "amount"), Some(Role::Amount));
        assert_eq!(role(&r, "product_category"), Some(Role::Category));
        assert_eq!(role(&r, "country"), Some(Role::Country));
        assert_eq!(role(&r, "email"), Some(Role::Email));
    }

    #[test]
    fn french_and_spanish_headers() {
        let r = roles_of(
            "N° de commande;Courriel;Date de commande;Montant\n1;a@b.fr;05/01/2024;12,50\n",
        );
        assert_eq!(role(&r, "Courriel"), Some(Role::Email));
        assert_eq!(role(&r, "Date de commande"), Some(Role::OrderDate));
        assert_eq!(role(&r, "Montant"), Some(Role::Amount));
        let r = roles_of("Cliente;Fecha;Importe;País\nAna;05/01/2024;12,50;ES\n");
        assert_eq!(role(&r, "Fecha"), Some(Role::OrderDate));
        assert_eq!(role(&r, "Importe"), Some(Role::Amount));
        assert_eq!(role(&r, "País"), Some(Role::Country));
        assert_eq!(role(&r, "Cliente"), Some(Role::CustomerId));
    }

    #[test]
    fn emails_are_found_by_their_values() {
        let r = roles_of("who,when,paid\nann@x.com,2024-01-05,3.50\nbob@y.org,2024-01-06,4.50\n");
        assert_eq!(role(&r, "who"), Some(Role::Email));
        assert_eq!(role(&r, "when"), None);
    }

    #[test]
    fn shopify_name_column_is_the_order_number() {
        let r = roles_of(
            "Name,Email,Created at,Total\n#1001,a@b.com,2024-01-05 10:00:00 +0100,12.50\n",
        );
        assert_eq!(role(&r, "Name"), Some(Role::OrderId));
        assert_eq!(role(&r, "Created at"), Some(Role::OrderDate));
        assert_eq!(role(&r, "Total"), Some(Role::Amount));
    }

    #[test]
    fn abbreviated_headers_name_their_roles() {
        for header in [
            "Cust #",
            "Cust. No",
            "Kd.-Nr.",
            "N° client",
            "Nº cliente",
            "CustNo",
        ] {
            let csv = format!("{header},Amount,Date\nK1,1.50,2024-01-05\nK2,2.50,2024-01-06\n");
            assert_eq!(
                role(&roles_of(&csv), header),
                Some(Role::CustomerId),
                "{header}"
            );
        }
        for header in [
            "Ord. No",
            "Order #",
            "Best.-Nr.",
            "N° cde",
            "Nº pedido",
            "Inv #",
        ] {
            let csv = format!("Customer,{header},Total\nK1,A1,1.50\nK2,A2,2.50\n");
            assert_eq!(
                role(&roles_of(&csv), header),
                Some(Role::OrderId),
                "{header}"
            );
        }
        for header in [
            "Order Dt",
            "Txn Date",
            "Dt. cde",
            "Fecha ped.",
            "InvoiceDate",
        ] {
            let csv = format!("Customer,{header},Total\nK1,2024-01-05,1.50\nK2,2024-01-06,2.50\n");
            assert_eq!(
                role(&roles_of(&csv), header),
                Some(Role::OrderDate),
                "{header}"
            );
        }
        for header in [
            "Amt",
            "Tot. Amt",
            "Ord. Total",
            "Mnt TTC",
            "Imp. total",
            "Tot. (€)",
        ] {
            let csv = format!("Customer,Date,{header}\nK1,2024-01-05,1.50\nK2,2024-01-06,2.50\n");
            assert_eq!(
                role(&roles_of(&csv), header),
                Some(Role::Amount),
                "{header}"
            );
        }
    }

    #[test]
    fn joined_words_split_only_into_what_they_mean() {
        assert_eq!(header_words("orderdate"), "order date");
        assert_eq!(header_words("custid"), "customer id");
        assert_eq!(header_words("CustomerID"), "customer id");
        assert_eq!(header_words("customerid"), "customerid");
        assert_eq!(header_words("Import"), "import");
        assert_eq!(header_words("Username"), "username");
        assert_eq!(header_words("Notes"), "notes");
        // The mapping key of saved mappings is unchanged.
        assert_eq!(normalize_header("CustomerID"), "customerid");
    }

    #[test]
    fn date_times_under_joined_headers_are_the_order_date() {
        // The reported grocery export: its only date column.
        let r = roles_of(
            "order_id,user_id,order_datetime,product,amount\n\
             1,7,2017-01-01 11:53:26,Milk,1.20\n1,7,2017-01-01 11:53:26,Bread,2.10\n",
        );
        assert_eq!(role(&r, "order_datetime"), Some(Role::OrderDate));
        for header in [
            "purchase_ts",
            "txn_time",
            "created_at",
            "OrderDateTime",
            "sale_date_time",
        ] {
            let csv = format!("customer_id,{header},amount\nC1,2024-01-05 10:00:00,1.50\n");
            assert_eq!(
                role(&roles_of(&csv), header),
                Some(Role::OrderDate),
                "{header}"
            );
        }
        // Times of day alone stay the order time; other events are not the order date.
        let r = roles_of(
            "customer_id,order_date,txn_time,shipped_at,amount\n\
             C1,2024-01-05,10:00,2024-01-07 09:00,1.50\n",
        );
        assert_eq!(role(&r, "txn_time"), Some(Role::OrderTime));
        assert_eq!(role(&r, "shipped_at"), None);
    }

    #[test]
    fn repeating_ids_in_order_lines_are_the_customer() {
        // No header names the customer; `party` is the same on an order's lines and comes
        // back across orders. `invoice` has one value per order, `country` no digits.
        let r = roles_of(
            "order_id,invoice,party,country,order_date,amount\n\
             1,F-1,P100,DE,2024-01-05,1.50\n1,F-1,P100,DE,2024-01-05,2.50\n\
             2,F-2,P200,FR,2024-01-06,3.50\n3,F-3,P100,DE,2024-02-01,4.50\n\
             3,F-3,P100,DE,2024-02-01,5.50\n",
        );
        assert_eq!(role(&r, "party"), Some(Role::CustomerId));
        assert_eq!(role(&r, "invoice"), None);
        // One row per order says nothing about which column is the customer.
        let r = roles_of(
            "order_id,party,order_date,amount\n1,P100,2024-01-05,1.50\n2,P100,2024-01-06,2.50\n",
        );
        assert_eq!(role(&r, "party"), None);
        // A column that changes within an order (the product) is not the customer.
        let r = roles_of(
            "order_id,item,order_date,amount\n1,S1,2024-01-05,1.50\n1,S2,2024-01-05,2.50\n\
             2,S1,2024-01-06,2.50\n",
        );
        assert_eq!(role(&r, "item"), Some(Role::Product));
        assert!(!r.iter().any(|(_, role)| *role == Some(Role::CustomerId)));
    }

    #[test]
    fn numeric_discount_amounts_are_a_discount_used() {
        let r = roles_of(
            "customer_id,order_date,amount,coupon_discount\nC1,2024-01-05,9.50,0.35\nC2,2024-01-06,3.00,0\n",
        );
        assert_eq!(role(&r, "coupon_discount"), Some(Role::DiscountCode));
        assert_eq!(Role::DiscountCode.label(Language::English), "Discount used");
        assert_eq!(Role::DiscountCode.key(), "discount_code");
    }

    #[test]
    fn what_is_missing_reads_as_sentences() {
        let mut m = Mapping {
            columns: vec![ColumnChoice::default(); 2],
        };
        assert_eq!(m.missing().len(), 3);
        m.assign(0, Some(Role::Email));
        m.assign(1, Some(Role::TotalSpent));
        assert!(m.missing().is_empty(), "{:?}", m.missing());
        m.assign(1, Some(Role::Email));
        assert_eq!(m.columns[0].role, None);
    }
}
