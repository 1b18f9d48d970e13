<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>Tideover scenarios (*.tideover);;All files (*)</source>
        <translation>Scénarios Tideover (*.tideover);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>tideover::core::calibration</name>
    <message>
        <source>%1 ended at its bound %2: the history asks for a value outside the parameter&apos;s range, or the fitted figures cannot pin it down</source>
        <translation>%1 s&apos;est arrêté à sa borne %2 : l&apos;historique demande une valeur hors de la plage du paramètre, ou les chiffres ajustés ne suffisent pas à le déterminer</translation>
    </message>
    <message>
        <source>%1 does not change the fitted figures (%2); it cannot be fitted from them</source>
        <translation>%1 ne modifie pas les chiffres ajustés (%2) ; il ne peut pas être ajusté à partir d&apos;eux</translation>
    </message>
    <message>
        <source>%1 cannot be told apart: they change the fitted figures in the same proportions; fit only one of them, or add figures that separate them</source>
        <translation>%1 ne peuvent pas être distingués : ils modifient les chiffres ajustés dans les mêmes proportions ; n&apos;en ajustez qu&apos;un, ou ajoutez des chiffres qui les séparent</translation>
    </message>
    <message>
        <source>the fit stopped after %1 projections without converging; the values are the best found</source>
        <translation>l&apos;ajustement s&apos;est arrêté après %1 projections sans converger ; les valeurs sont les meilleures trouvées</translation>
    </message>
    <message>
        <source>%1 figures for %2 fitted values leave no degree of freedom: the fit passes through every figure and gives no standard errors</source>
        <translation>%1 chiffres pour %2 valeurs ajustées ne laissent aucun degré de liberté : l&apos;ajustement passe par chaque chiffre et ne donne pas d&apos;erreur type</translation>
    </message>
</context>
<context>
    <name>tideover::core::parameters</name>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Droit aux prestations</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Prestations</translation>
    </message>
    <message>
        <source>Other expenditure</source>
        <translation>Autres dépenses</translation>
    </message>
    <message>
        <source>Financing rule</source>
        <translation>Règle de financement</translation>
    </message>
    <message>
        <source>Labour market</source>
        <translation>Marché du travail</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Salaires</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>Reserve fund</source>
        <translation>Fonds de réserve</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Stochastic</source>
        <translation>Stochastique</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Première année</translation>
    </message>
    <message>
        <source>First projected calendar year; the projection starts on 1 January.</source>
        <translation>Première année civile projetée ; la projection commence le 1er janvier.</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Number of years projected, in monthly steps.</source>
        <translation>Nombre d&apos;années projetées, par pas mensuels.</translation>
    </message>
    <message>
        <source>Claimants at the start</source>
        <translation>Bénéficiaires au départ</translation>
    </message>
    <message>
        <source>steady_state: an existing scheme already paying its stock of claimants; empty: a new scheme launched at the start with nobody on benefit.</source>
        <translation>steady_state : un régime existant qui verse déjà les prestations de ses bénéficiaires ; empty : un nouveau régime lancé au départ, où personne n&apos;est encore indemnisé.</translation>
    </message>
    <message>
        <source>Target reserve ratio</source>
        <translation>Ratio de réserve cible</translation>
    </message>
    <message>
        <source>Reserve the fund should hold, in years of expenditure; the break-even rate reaches it at the horizon and the reserve warnings use it.</source>
        <translation>Réserve que le fonds devrait détenir, en années de dépenses ; le taux d&apos;équilibre l&apos;atteint à l&apos;horizon et les alertes sur la réserve s&apos;y réfèrent.</translation>
    </message>
    <message>
        <source>Labour force</source>
        <translation>Population active</translation>
    </message>
    <message>
        <source>Labour force (employed plus unemployed) in the start year.</source>
        <translation>Population active (personnes en emploi et chômeurs) l&apos;année de départ.</translation>
    </message>
    <message>
        <source>Labour-force growth</source>
        <translation>Croissance de la population active</translation>
    </message>
    <message>
        <source>Annual growth of the labour force, from the second year on.</source>
        <translation>Croissance annuelle de la population active, à partir de la deuxième année.</translation>
    </message>
    <message>
        <source>Unemployment rate</source>
        <translation>Taux de chômage</translation>
    </message>
    <message>
        <source>Annual average unemployment rate (unemployed / labour force).</source>
        <translation>Taux de chômage moyen annuel (chômeurs / population active).</translation>
    </message>
    <message>
        <source>Job-finding rate</source>
        <translation>Taux de retour à l&apos;emploi</translation>
    </message>
    <message>
        <source>Monthly probability that an unemployed person finds a job; with the unemployment rate it sets the flow of separations.</source>
        <translation>Probabilité mensuelle qu&apos;un chômeur trouve un emploi ; avec le taux de chômage, elle détermine le flux des pertes d&apos;emploi.</translation>
    </message>
    <message>
        <source>Claimant exit factor</source>
        <translation>Facteur de sortie des bénéficiaires</translation>
    </message>
    <message>
        <source>Beneficiaries&apos; monthly exit rate relative to that of all unemployed (below 1: claimants leave benefit more slowly).</source>
        <translation>Taux de sortie mensuel des bénéficiaires rapporté à celui de l&apos;ensemble des chômeurs (inférieur à 1 : les bénéficiaires quittent la prestation plus lentement).</translation>
    </message>
    <message>
        <source>Wage employees</source>
        <translation>Salariés</translation>
    </message>
    <message>
        <source>Share of the employed who are wage employees.</source>
        <translation>Part des personnes en emploi qui sont salariées.</translation>
    </message>
    <message>
        <source>Legal coverage</source>
        <translation>Couverture légale</translation>
    </message>
    <message>
        <source>Share of wage employees the law covers.</source>
        <translation>Part des salariés couverts par la loi.</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Taux de conformité</translation>
    </message>
    <message>
        <source>Share of the legally covered who actually contribute.</source>
        <translation>Part des personnes légalement couvertes qui cotisent effectivement.</translation>
    </message>
    <message>
        <source>Average wage</source>
        <translation>Salaire moyen</translation>
    </message>
    <message>
        <source>Mean monthly wage of the insured in the start year.</source>
        <translation>Salaire mensuel moyen des assurés l&apos;année de départ.</translation>
    </message>
    <message>
        <source>Wage growth</source>
        <translation>Croissance des salaires</translation>
    </message>
    <message>
        <source>Nominal annual growth of the average wage, from the second year on.</source>
        <translation>Croissance annuelle nominale du salaire moyen, à partir de la deuxième année.</translation>
    </message>
    <message>
        <source>Wage dispersion</source>
        <translation>Dispersion des salaires</translation>
    </message>
    <message>
        <source>Standard deviation of log wages (lognormal); 0 means everyone earns the mean. It matters only where a floor, ceiling or benefit cap binds.</source>
        <translation>Écart type du logarithme des salaires (loi log-normale) ; 0 signifie que chacun gagne le salaire moyen. Il ne compte que là où un plancher de salaire, un plafond de salaire ou une prestation maximale s&apos;applique.</translation>
    </message>
    <message>
        <source>Inflation</source>
        <translation>Inflation</translation>
    </message>
    <message>
        <source>Annual growth of the price index, from the second year on; indexes thresholds set to follow prices.</source>
        <translation>Croissance annuelle de l&apos;indice des prix, à partir de la deuxième année ; indexe les seuils qui suivent les prix.</translation>
    </message>
    <message>
        <source>Employee rate</source>
        <translation>Taux de cotisation salarié</translation>
    </message>
    <message>
        <source>Employee contribution, as a share of contributory wages.</source>
        <translation>Cotisation salarié, en part des salaires soumis à cotisation.</translation>
    </message>
    <message>
        <source>Employer rate</source>
        <translation>Taux de cotisation employeur</translation>
    </message>
    <message>
        <source>Employer contribution, as a share of contributory wages.</source>
        <translation>Cotisation employeur, en part des salaires soumis à cotisation.</translation>
    </message>
    <message>
        <source>Government rate</source>
        <translation>Taux de cotisation de l&apos;État</translation>
    </message>
    <message>
        <source>Government contribution, as a share of contributory wages.</source>
        <translation>Cotisation de l&apos;État, en part des salaires soumis à cotisation.</translation>
    </message>
    <message>
        <source>Wage floor</source>
        <translation>Plancher de salaire</translation>
    </message>
    <message>
        <source>Lowest contributory wage (0: none). It also bounds the benefit reference wage.</source>
        <translation>Salaire soumis à cotisation le plus bas (0 : aucun). Il borne aussi le salaire de référence des prestations.</translation>
    </message>
    <message>
        <source>Wage ceiling</source>
        <translation>Plafond de salaire</translation>
    </message>
    <message>
        <source>Highest contributory wage (0: none). It also bounds the benefit reference wage. A stepped legal schedule is a series with indexation none.</source>
        <translation>Salaire soumis à cotisation le plus élevé (0 : aucun). Il borne aussi le salaire de référence des prestations. Un barème légal par paliers s&apos;entre comme une série avec l&apos;indexation none.</translation>
    </message>
    <message>
        <source>Floor and ceiling indexation</source>
        <translation>Indexation du plancher et du plafond</translation>
    </message>
    <message>
        <source>How the wage floor and ceiling move after the start year: none, with prices or with wages.</source>
        <translation>Évolution du plancher et du plafond de salaire après l&apos;année de départ : aucune, avec les prix ou avec les salaires.</translation>
    </message>
    <message>
        <source>Qualifying reason</source>
        <translation>Motif ouvrant droit</translation>
    </message>
    <message>
        <source>Share of separations for a qualifying (involuntary) reason.</source>
        <translation>Part des pertes d&apos;emploi dues à un motif ouvrant droit (involontaire).</translation>
    </message>
    <message>
        <source>Contribution condition met</source>
        <translation>Condition de cotisation remplie</translation>
    </message>
    <message>
        <source>Share of qualifying job losers who meet the contribution condition.</source>
        <translation>Part des personnes ayant perdu leur emploi pour un motif ouvrant droit qui remplissent la condition de cotisation.</translation>
    </message>
    <message>
        <source>Take-up</source>
        <translation>Taux de recours</translation>
    </message>
    <message>
        <source>Share of the eligible who claim.</source>
        <translation>Part des ayants droit qui demandent la prestation.</translation>
    </message>
    <message>
        <source>Replacement rates</source>
        <translation>Taux de remplacement</translation>
    </message>
    <message>
        <source>Benefit as a share of the reference wage, by month of benefit; the last value repeats.</source>
        <translation>Prestation en part du salaire de référence, par mois de prestation ; la dernière valeur se répète.</translation>
    </message>
    <message>
        <source>Maximum durations</source>
        <translation>Durées maximales</translation>
    </message>
    <message>
        <source>Maximum benefit duration of each duration class, in months.</source>
        <translation>Durée maximale des prestations de chaque classe de durée, en mois.</translation>
    </message>
    <message>
        <source>Duration-class shares</source>
        <translation>Parts des classes de durée</translation>
    </message>
    <message>
        <source>Share of new claims in each duration class; as many as durations, summing to 1.</source>
        <translation>Part des nouvelles demandes dans chaque classe de durée ; autant que de durées, de somme égale à 1.</translation>
    </message>
    <message>
        <source>Waiting days</source>
        <translation>Délai de carence</translation>
    </message>
    <message>
        <source>Days after the job loss before benefit is paid; claimants who find work meanwhile never draw benefit.</source>
        <translation>Jours entre la perte d&apos;emploi et le premier versement ; les demandeurs qui retrouvent un emploi entre-temps ne touchent jamais de prestation.</translation>
    </message>
    <message>
        <source>Claimants&apos; wage ratio</source>
        <translation>Ratio de salaire des bénéficiaires</translation>
    </message>
    <message>
        <source>Claimants&apos; mean wage relative to the insured mean.</source>
        <translation>Salaire moyen des bénéficiaires rapporté au salaire moyen des assurés.</translation>
    </message>
    <message>
        <source>Minimum benefit</source>
        <translation>Prestation minimale</translation>
    </message>
    <message>
        <source>Lowest monthly benefit (0: none).</source>
        <translation>Prestation mensuelle la plus basse (0 : aucune).</translation>
    </message>
    <message>
        <source>Maximum benefit</source>
        <translation>Prestation maximale</translation>
    </message>
    <message>
        <source>Highest monthly benefit (0: none); at least the minimum in every year when both are set.</source>
        <translation>Prestation mensuelle la plus élevée (0 : aucune) ; au moins égale au minimum chaque année lorsque les deux sont fixés.</translation>
    </message>
    <message>
        <source>Minimum and maximum indexation</source>
        <translation>Indexation du minimum et du maximum</translation>
    </message>
    <message>
        <source>How the minimum and maximum benefit move after the start year: none, with prices or with wages.</source>
        <translation>Évolution des prestations minimale et maximale après l&apos;année de départ : aucune, avec les prix ou avec les salaires.</translation>
    </message>
    <message>
        <source>Benefit-related spending</source>
        <translation>Dépenses liées aux prestations</translation>
    </message>
    <message>
        <source>Spending tied to benefits, such as health-insurance contributions paid for beneficiaries, as a share of benefits.</source>
        <translation>Dépenses liées aux prestations, comme les cotisations d&apos;assurance maladie versées pour les bénéficiaires, en part des prestations.</translation>
    </message>
    <message>
        <source>Active labour-market spending</source>
        <translation>Dépenses actives du marché du travail</translation>
    </message>
    <message>
        <source>Training, placement and job-retention support, as a share of contributions.</source>
        <translation>Formation, placement et aide au maintien dans l&apos;emploi, en part des cotisations.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Frais de gestion</translation>
    </message>
    <message>
        <source>Administrative cost, as a share of contributions.</source>
        <translation>Frais de gestion, en part des cotisations.</translation>
    </message>
    <message>
        <source>Initial reserve</source>
        <translation>Réserve initiale</translation>
    </message>
    <message>
        <source>Reserve fund at the start of the projection (negative: a debt).</source>
        <translation>Fonds de réserve au début de la projection (négatif : une dette).</translation>
    </message>
    <message>
        <source>Investment return</source>
        <translation>Rendement des placements</translation>
    </message>
    <message>
        <source>Nominal annual return earned on a positive reserve.</source>
        <translation>Rendement annuel nominal obtenu sur une réserve positive.</translation>
    </message>
    <message>
        <source>Borrowing rate</source>
        <translation>Taux d&apos;emprunt</translation>
    </message>
    <message>
        <source>Annual interest paid while the reserve is negative.</source>
        <translation>Intérêts annuels payés tant que la réserve est négative.</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Transfers into (+) or out of (-) the fund each year, spread evenly over its months; the last value carries forward, so end a one-off with 0.</source>
        <translation>Transferts vers le fonds (+) ou hors du fonds (-) chaque année, répartis également sur ses mois ; la dernière valeur se reporte, terminez donc un versement ponctuel par 0.</translation>
    </message>
    <message>
        <source>fixed: the legislated rate; reserve_band: the total rate moves by one step a year to keep the reserve ratio between the lower and upper ratio.</source>
        <translation>fixed : le taux fixé par la loi ; reserve_band : le taux total varie d&apos;un pas par an pour maintenir le ratio de réserve entre le ratio bas et le ratio haut.</translation>
    </message>
    <message>
        <source>Lower reserve ratio</source>
        <translation>Ratio de réserve bas</translation>
    </message>
    <message>
        <source>Below this reserve ratio the rate goes up (reserve_band rule).</source>
        <translation>Sous ce ratio de réserve, le taux augmente (règle reserve_band).</translation>
    </message>
    <message>
        <source>Upper reserve ratio</source>
        <translation>Ratio de réserve haut</translation>
    </message>
    <message>
        <source>Above this reserve ratio the rate goes down (reserve_band rule); must exceed the lower ratio.</source>
        <translation>Au-dessus de ce ratio de réserve, le taux baisse (règle reserve_band) ; doit dépasser le ratio bas.</translation>
    </message>
    <message>
        <source>Rate step</source>
        <translation>Pas du taux</translation>
    </message>
    <message>
        <source>Change of the total contribution rate per year under the rule.</source>
        <translation>Variation annuelle du taux de cotisation total selon la règle.</translation>
    </message>
    <message>
        <source>Lowest rate</source>
        <translation>Taux le plus bas</translation>
    </message>
    <message>
        <source>Lowest total contribution rate the rule may set.</source>
        <translation>Taux de cotisation total le plus bas que la règle peut fixer.</translation>
    </message>
    <message>
        <source>Highest rate</source>
        <translation>Taux le plus élevé</translation>
    </message>
    <message>
        <source>Highest total contribution rate the rule may set.</source>
        <translation>Taux de cotisation total le plus élevé que la règle peut fixer.</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Trajectoires</translation>
    </message>
    <message>
        <source>Number of random futures in a stochastic projection.</source>
        <translation>Nombre d&apos;avenirs aléatoires d&apos;une projection stochastique.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Seed of the random numbers: the same seed gives the same results on any number of threads.</source>
        <translation>Graine des nombres aléatoires : la même graine donne les mêmes résultats quel que soit le nombre de threads.</translation>
    </message>
    <message>
        <source>Unemployment volatility</source>
        <translation>Volatilité du chômage</translation>
    </message>
    <message>
        <source>Annual standard deviation of the shock to the unemployment rate.</source>
        <translation>Écart type annuel du choc sur le taux de chômage.</translation>
    </message>
    <message>
        <source>Unemployment persistence</source>
        <translation>Persistance du chômage</translation>
    </message>
    <message>
        <source>Annual AR(1) coefficient of the unemployment shock.</source>
        <translation>Coefficient AR(1) annuel du choc de chômage.</translation>
    </message>
    <message>
        <source>Return volatility</source>
        <translation>Volatilité du rendement</translation>
    </message>
    <message>
        <source>Annual standard deviation of the reserve&apos;s return.</source>
        <translation>Écart type annuel du rendement de la réserve.</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Actifs occupés</translation>
    </message>
    <message>
        <source>Legally covered</source>
        <translation>Couverts par la loi</translation>
    </message>
    <message>
        <source>Insured (contributing)</source>
        <translation>Assurés (cotisants)</translation>
    </message>
    <message>
        <source>Job losers among the insured</source>
        <translation>Assurés ayant perdu leur emploi</translation>
    </message>
    <message>
        <source>Claim benefit</source>
        <translation>Demandent la prestation</translation>
    </message>
    <message>
        <source>Still unemployed after the waiting days</source>
        <translation>Encore au chômage après le délai de carence</translation>
    </message>
    <message>
        <source>1. Diagnose the labour market</source>
        <translation>1. Diagnostiquer le marché du travail</translation>
    </message>
    <message>
        <source>2. Choose the parameters</source>
        <translation>2. Choisir les paramètres</translation>
    </message>
    <message>
        <source>3. Cost them</source>
        <translation>3. Les chiffrer</translation>
    </message>
    <message>
        <source>4. Stress them</source>
        <translation>4. Les soumettre à un test de résistance</translation>
    </message>
    <message>
        <source>5. Finance them</source>
        <translation>5. Les financer</translation>
    </message>
    <message>
        <source>6. Extend coverage</source>
        <translation>6. Étendre la couverture</translation>
    </message>
    <message>
        <source>Separation factor</source>
        <translation>Facteur de pertes d&apos;emploi</translation>
    </message>
    <message>
        <source>Multiplies the job losses of the insured: a claims shock the unemployment rate does not show (job-retention schemes ending, mass lay-offs in a sector); 1 means none.</source>
        <translation>Multiplie les pertes d&apos;emploi des assurés : un choc de demandes que le taux de chômage ne montre pas (fin des dispositifs de maintien de l&apos;emploi, licenciements massifs dans un secteur) ; 1 signifie aucun.</translation>
    </message>
    <message>
        <source>Flow model</source>
        <translation>Modèle des flux</translation>
    </message>
    <message>
        <source>steady_state: job losses keep unemployment where it is each year; dynamic: adds the job losses that make unemployment rise (and removes those that make it fall).</source>
        <translation>steady_state : les pertes d&apos;emploi maintiennent le chômage à son niveau de chaque année ; dynamic : ajoute les pertes d&apos;emploi qui font monter le chômage (et retire celles qui le font baisser).</translation>
    </message>
    <message>
        <source>State&apos;s share of benefits</source>
        <translation>Part de l&apos;État dans les prestations</translation>
    </message>
    <message>
        <source>Share of benefit spending that the state pays into the fund (Japan paid a quarter of the basic allowance); income of the fund.</source>
        <translation>Part des dépenses de prestations que l&apos;État verse au fonds (le Japon payait un quart de l&apos;allocation de base) ; un revenu du fonds.</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>mandatory: the law obliges the group to contribute; voluntary: members join by choice (participation).</source>
        <translation>mandatory : la loi oblige le groupe à cotiser ; voluntary : les membres adhèrent par choix (participation).</translation>
    </message>
    <message>
        <source>Share of the employed</source>
        <translation>Part des actifs occupés</translation>
    </message>
    <message>
        <source>Size of the group: its share of all employed persons.</source>
        <translation>Taille du groupe : sa part de l&apos;ensemble des actifs occupés.</translation>
    </message>
    <message>
        <source>Relative unemployment</source>
        <translation>Chômage relatif</translation>
    </message>
    <message>
        <source>The group&apos;s unemployment rate relative to the national rate (1: the same).</source>
        <translation>Le taux de chômage du groupe rapporté au taux national (1 : le même).</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Voluntary groups: share of the legally covered who join and contribute.</source>
        <translation>Groupes volontaires : part des personnes légalement couvertes qui adhèrent et cotisent.</translation>
    </message>
    <message>
        <source>Members&apos; relative risk</source>
        <translation>Risque relatif des membres</translation>
    </message>
    <message>
        <source>Job-loss risk of the group&apos;s insured members relative to the whole group; above 1 when those who join a voluntary scheme are those most at risk (adverse selection).</source>
        <translation>Risque de perte d&apos;emploi des membres assurés du groupe rapporté à l&apos;ensemble du groupe ; au-dessus de 1 quand ceux qui adhèrent à un régime volontaire sont les plus exposés (antisélection).</translation>
    </message>
    <message>
        <source>Contribution base</source>
        <translation>Assiette des cotisations</translation>
    </message>
    <message>
        <source>wage: a rate on wages; declared_income: a rate on an income the member declares; flat: a fixed amount per member per month.</source>
        <translation>wage : un taux sur les salaires ; declared_income : un taux sur un revenu que le membre déclare ; flat : un montant fixe par membre et par mois.</translation>
    </message>
    <message>
        <source>Relative wage</source>
        <translation>Salaire relatif</translation>
    </message>
    <message>
        <source>The group&apos;s mean wage relative to the mean insured wage of the scheme.</source>
        <translation>Le salaire moyen du groupe rapporté au salaire assuré moyen du régime.</translation>
    </message>
    <message>
        <source>Declared income</source>
        <translation>Revenu déclaré</translation>
    </message>
    <message>
        <source>Mean monthly income members declare (bases declared_income and flat); 0: the group&apos;s mean wage. Indexed as the contribution thresholds.</source>
        <translation>Revenu mensuel moyen que les membres déclarent (assiettes declared_income et flat) ; 0 : le salaire moyen du groupe. Indexé comme les seuils de cotisation.</translation>
    </message>
    <message>
        <source>Flat contribution</source>
        <translation>Cotisation forfaitaire</translation>
    </message>
    <message>
        <source>Contribution per member per month under the flat base, paid by the member; indexed as the contribution thresholds.</source>
        <translation>Cotisation par membre et par mois avec l&apos;assiette forfaitaire, payée par le membre ; indexée comme les seuils de cotisation.</translation>
    </message>
    <message>
        <source>State subsidy of contributions</source>
        <translation>Subvention publique des cotisations</translation>
    </message>
    <message>
        <source>Share of a low-income member&apos;s own contribution that the state pays.</source>
        <translation>Part de la cotisation propre d&apos;un membre à faible revenu que l&apos;État paie.</translation>
    </message>
    <message>
        <source>Subsidy income limit</source>
        <translation>Plafond de revenu de la subvention</translation>
    </message>
    <message>
        <source>Members whose income is below this are subsidised; 0: every member. Indexed as the contribution thresholds.</source>
        <translation>Les membres dont le revenu est inférieur à ce montant sont subventionnés ; 0 : tous les membres. Indexé comme les seuils de cotisation.</translation>
    </message>
    <message>
        <source>Departure rate</source>
        <translation>Taux de départ</translation>
    </message>
    <message>
        <source>Migrant workers: monthly probability that a beneficiary leaves the country, after which nothing is paid.</source>
        <translation>Travailleurs migrants : probabilité mensuelle qu&apos;un bénéficiaire quitte le pays, après quoi rien n&apos;est versé.</translation>
    </message>
    <message>
        <source>Return on job loss</source>
        <translation>Retour à la perte d&apos;emploi</translation>
    </message>
    <message>
        <source>Migrant workers: share of those who lose their job who return home at once and never claim.</source>
        <translation>Travailleurs migrants : part de ceux qui perdent leur emploi qui rentrent aussitôt chez eux et ne demandent jamais de prestation.</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>PIB</translation>
    </message>
    <message>
        <source>Nominal gross domestic product in the start year; 0: not given, and the package&apos;s costs are not shown as a share of GDP.</source>
        <translation>Produit intérieur brut nominal l&apos;année de départ ; 0 : non renseigné, et les coûts du dispositif ne sont pas exprimés en part du PIB.</translation>
    </message>
    <message>
        <source>GDP growth</source>
        <translation>Croissance du PIB</translation>
    </message>
    <message>
        <source>Annual growth of nominal GDP, from the second year on.</source>
        <translation>Croissance annuelle du PIB nominal, à partir de la deuxième année.</translation>
    </message>
    <message>
        <source>Government expenditure</source>
        <translation>Dépenses publiques</translation>
    </message>
    <message>
        <source>General government expenditure as a share of GDP; 0: not given.</source>
        <translation>Dépenses des administrations publiques en part du PIB ; 0 : non renseigné.</translation>
    </message>
    <message>
        <source>Severance formula</source>
        <translation>Formule de l&apos;indemnité</translation>
    </message>
    <message>
        <source>none: no severance pay in the package; per_year: months of wage per year of service; steps: months of wage by steps of service.</source>
        <translation>none : pas d&apos;indemnité de licenciement dans le dispositif ; per_year : des mois de salaire par année d&apos;ancienneté ; steps : des mois de salaire par paliers d&apos;ancienneté.</translation>
    </message>
    <message>
        <source>Months per year of service</source>
        <translation>Mois par année d&apos;ancienneté</translation>
    </message>
    <message>
        <source>Months of wage paid per year of service counted (per_year formula).</source>
        <translation>Mois de salaire versés par année d&apos;ancienneté prise en compte (formule per_year).</translation>
    </message>
    <message>
        <source>Least severance</source>
        <translation>Indemnité minimale</translation>
    </message>
    <message>
        <source>The least paid, in months of wage, to a qualifying worker with some service counted; 0: none.</source>
        <translation>Le minimum versé, en mois de salaire, à un salarié qui remplit les conditions et dont une ancienneté est prise en compte ; 0 : aucun.</translation>
    </message>
    <message>
        <source>Most severance</source>
        <translation>Indemnité maximale</translation>
    </message>
    <message>
        <source>The most paid, in months of wage; 0: none.</source>
        <translation>Le maximum versé, en mois de salaire ; 0 : aucun.</translation>
    </message>
    <message>
        <source>Service of each step</source>
        <translation>Ancienneté de chaque palier</translation>
    </message>
    <message>
        <source>Years of service from which each step applies, increasing (steps formula).</source>
        <translation>Années d&apos;ancienneté à partir desquelles chaque palier s&apos;applique, croissantes (formule steps).</translation>
    </message>
    <message>
        <source>Months of each step</source>
        <translation>Mois de chaque palier</translation>
    </message>
    <message>
        <source>Months of wage paid from each step&apos;s service on (steps formula).</source>
        <translation>Mois de salaire versés à partir de l&apos;ancienneté de chaque palier (formule steps).</translation>
    </message>
    <message>
        <source>Qualifying service</source>
        <translation>Ancienneté requise</translation>
    </message>
    <message>
        <source>Service below which no severance is paid, in years.</source>
        <translation>Ancienneté en dessous de laquelle aucune indemnité n&apos;est versée, en années.</translation>
    </message>
    <message>
        <source>Service of those separated</source>
        <translation>Ancienneté à la perte d&apos;emploi</translation>
    </message>
    <message>
        <source>exponential: given by its mean; table: shares of those separated in bands of service.</source>
        <translation>exponential : donnée par sa moyenne ; table : parts des personnes ayant perdu leur emploi par tranche d&apos;ancienneté.</translation>
    </message>
    <message>
        <source>Mean service</source>
        <translation>Ancienneté moyenne</translation>
    </message>
    <message>
        <source>Mean years of service of the workers separated (exponential distribution).</source>
        <translation>Ancienneté moyenne, en années, des salariés ayant perdu leur emploi (distribution exponential).</translation>
    </message>
    <message>
        <source>Service bands</source>
        <translation>Tranches d&apos;ancienneté</translation>
    </message>
    <message>
        <source>Upper ends of the bands of service, increasing; the first band starts at 0 (table distribution).</source>
        <translation>Bornes supérieures des tranches d&apos;ancienneté, croissantes ; la première tranche commence à 0 (distribution table).</translation>
    </message>
    <message>
        <source>Shares of the bands</source>
        <translation>Parts des tranches</translation>
    </message>
    <message>
        <source>Share of the workers separated in each band of service, spread evenly within it; they sum to 1.</source>
        <translation>Part des salariés ayant perdu leur emploi dans chaque tranche d&apos;ancienneté, répartis uniformément dans la tranche ; leur somme vaut 1.</translation>
    </message>
    <message>
        <source>Covered by severance law</source>
        <translation>Couverts par la loi sur l&apos;indemnité</translation>
    </message>
    <message>
        <source>Share of wage employees whom the severance law covers.</source>
        <translation>Part des salariés couverts par la législation sur l&apos;indemnité de licenciement.</translation>
    </message>
    <message>
        <source>Qualifying separations</source>
        <translation>Pertes d&apos;emploi ouvrant droit</translation>
    </message>
    <message>
        <source>Share of separations that entitle to severance: dismissal without fault, end of contract, closure.</source>
        <translation>Part des pertes d&apos;emploi qui ouvrent droit à l&apos;indemnité : licenciement sans faute, fin de contrat, fermeture de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Share actually paid</source>
        <translation>Part effectivement versée</translation>
    </message>
    <message>
        <source>Share of the severance due that employers actually pay; insolvency and non-compliance make it low in practice.</source>
        <translation>Part de l&apos;indemnité due que les employeurs versent effectivement ; l&apos;insolvabilité et le non-respect de la loi la rendent faible en pratique.</translation>
    </message>
    <message>
        <source>Offset of insured years</source>
        <translation>Déduction des années assurées</translation>
    </message>
    <message>
        <source>none: every year of service counts; insured_years: years insured against unemployment are not counted, as in Viet Nam.</source>
        <translation>none : chaque année d&apos;ancienneté compte ; insured_years : les années assurées contre le chômage ne sont pas comptées, comme au Viêt Nam.</translation>
    </message>
    <message>
        <source>Insured since</source>
        <translation>Assuré depuis</translation>
    </message>
    <message>
        <source>First calendar year of insured service deducted; 0: the first projected year.</source>
        <translation>Première année civile de service assuré qui est déduite ; 0 : la première année projetée.</translation>
    </message>
    <message>
        <source>Severance fund rate</source>
        <translation>Taux du fonds d&apos;indemnités</translation>
    </message>
    <message>
        <source>Employers&apos; contribution to a severance fund, of the covered wages; the fund pays severance while it can.</source>
        <translation>Cotisation des employeurs à un fonds d&apos;indemnités de licenciement, en part des salaires couverts ; le fonds verse les indemnités tant qu&apos;il le peut.</translation>
    </message>
    <message>
        <source>Severance fund at the start</source>
        <translation>Fonds d&apos;indemnités initial</translation>
    </message>
    <message>
        <source>Balance of the severance fund at the start.</source>
        <translation>Solde du fonds d&apos;indemnités de licenciement au début de la projection.</translation>
    </message>
    <message>
        <source>Savings accounts</source>
        <translation>Comptes d&apos;épargne chômage</translation>
    </message>
    <message>
        <source>none: no accounts in the package; individual: each insured worker saves in an unemployment account.</source>
        <translation>none : pas de comptes dans le dispositif ; individual : chaque salarié assuré épargne sur un compte d&apos;épargne chômage.</translation>
    </message>
    <message>
        <source>Worker&apos;s rate to the account</source>
        <translation>Taux salarié au compte</translation>
    </message>
    <message>
        <source>Worker&apos;s contribution to the own account, of contributory wages.</source>
        <translation>Versement du salarié sur son propre compte, en part des salaires soumis à cotisation.</translation>
    </message>
    <message>
        <source>Employer&apos;s rate to the account</source>
        <translation>Taux employeur au compte</translation>
    </message>
    <message>
        <source>Employer&apos;s contribution to the worker&apos;s account, of contributory wages.</source>
        <translation>Versement de l&apos;employeur sur le compte du salarié, en part des salaires soumis à cotisation.</translation>
    </message>
    <message>
        <source>Employer&apos;s rate to the solidarity fund</source>
        <translation>Taux employeur au fonds de solidarité</translation>
    </message>
    <message>
        <source>Employers&apos; contribution to the solidarity fund, of contributory wages.</source>
        <translation>Cotisation des employeurs au fonds de solidarité, en part des salaires soumis à cotisation.</translation>
    </message>
    <message>
        <source>State&apos;s contribution to the solidarity fund</source>
        <translation>Contribution de l&apos;État au fonds de solidarité</translation>
    </message>
    <message>
        <source>The state&apos;s yearly contribution to the solidarity fund.</source>
        <translation>Contribution annuelle de l&apos;État au fonds de solidarité.</translation>
    </message>
    <message>
        <source>Return on the accounts</source>
        <translation>Rendement des comptes</translation>
    </message>
    <message>
        <source>Annual return credited to the accounts and the solidarity fund.</source>
        <translation>Rendement annuel crédité aux comptes et au fonds de solidarité.</translation>
    </message>
    <message>
        <source>Withdrawal rates</source>
        <translation>Taux de retrait</translation>
    </message>
    <message>
        <source>Monthly withdrawal as a share of the wage, by month of unemployment; the last value repeats.</source>
        <translation>Retrait mensuel en part du salaire, par mois de chômage ; la dernière valeur se répète.</translation>
    </message>
    <message>
        <source>Withdrawal months</source>
        <translation>Mois de retrait</translation>
    </message>
    <message>
        <source>Months of withdrawals in a spell of unemployment.</source>
        <translation>Nombre de mois de retraits par période de chômage.</translation>
    </message>
    <message>
        <source>Qualifying job losses</source>
        <translation>Pertes d&apos;emploi ouvrant droit aux retraits</translation>
    </message>
    <message>
        <source>Share of members&apos; job losses that allow withdrawals.</source>
        <translation>Part des pertes d&apos;emploi des affiliés qui permettent des retraits.</translation>
    </message>
    <message>
        <source>Topped up by the solidarity fund</source>
        <translation>Complétés par le fonds de solidarité</translation>
    </message>
    <message>
        <source>Share of those withdrawing whom the solidarity fund tops up when the account runs short.</source>
        <translation>Part des personnes qui effectuent des retraits que le fonds de solidarité complète quand leur compte ne suffit plus.</translation>
    </message>
    <message>
        <source>Retiring each year</source>
        <translation>Départs à la retraite par an</translation>
    </message>
    <message>
        <source>Share of account holders who retire each year and take their balance.</source>
        <translation>Part des titulaires de compte qui partent à la retraite chaque année et retirent leur solde.</translation>
    </message>
    <message>
        <source>Accounts at the start</source>
        <translation>Encours initial des comptes</translation>
    </message>
    <message>
        <source>All accounts together at the start.</source>
        <translation>Total de tous les comptes au début de la projection.</translation>
    </message>
    <message>
        <source>Solidarity fund at the start</source>
        <translation>Fonds de solidarité initial</translation>
    </message>
    <message>
        <source>Balance of the solidarity fund at the start.</source>
        <translation>Solde du fonds de solidarité au début de la projection.</translation>
    </message>
    <message>
        <source>Assistance benefit</source>
        <translation>Prestation d&apos;assistance</translation>
    </message>
    <message>
        <source>none: no assistance in the package; flat: a fixed monthly amount; poverty_line_share: a share of the poverty line.</source>
        <translation>none : pas d&apos;assistance chômage dans le dispositif ; flat : un montant mensuel fixe ; poverty_line_share : une part du seuil de pauvreté.</translation>
    </message>
    <message>
        <source>Assistance amount</source>
        <translation>Montant de l&apos;assistance</translation>
    </message>
    <message>
        <source>Monthly assistance benefit in start-year prices, indexed to prices (flat benefit).</source>
        <translation>Prestation d&apos;assistance mensuelle aux prix de l&apos;année de départ, indexée sur les prix (prestation flat).</translation>
    </message>
    <message>
        <source>Poverty line</source>
        <translation>Seuil de pauvreté</translation>
    </message>
    <message>
        <source>Monthly poverty line in start-year prices, indexed to prices.</source>
        <translation>Seuil de pauvreté mensuel aux prix de l&apos;année de départ, indexé sur les prix.</translation>
    </message>
    <message>
        <source>Share of the poverty line</source>
        <translation>Part du seuil de pauvreté</translation>
    </message>
    <message>
        <source>The benefit as a share of the poverty line.</source>
        <translation>La prestation en part du seuil de pauvreté.</translation>
    </message>
    <message>
        <source>Qualifying newly unemployed</source>
        <translation>Nouveaux chômeurs éligibles</translation>
    </message>
    <message>
        <source>Share of the newly unemployed without insurance who qualify: they lost their job and look for work.</source>
        <translation>Part des nouveaux chômeurs sans assurance qui remplissent les conditions : ils ont perdu leur emploi et en cherchent un.</translation>
    </message>
    <message>
        <source>Passing the means test</source>
        <translation>Condition de ressources remplie</translation>
    </message>
    <message>
        <source>Share of those qualifying who pass the means test.</source>
        <translation>Part des personnes remplissant les conditions qui satisfont à la condition de ressources.</translation>
    </message>
    <message>
        <source>Assistance take-up</source>
        <translation>Taux de recours à l&apos;assistance</translation>
    </message>
    <message>
        <source>Share of those entitled who claim.</source>
        <translation>Part des ayants droit qui en font la demande.</translation>
    </message>
    <message>
        <source>Assistance duration</source>
        <translation>Durée de l&apos;assistance</translation>
    </message>
    <message>
        <source>Longest spell of assistance, in months.</source>
        <translation>Durée maximale de versement de l&apos;assistance, en mois.</translation>
    </message>
    <message>
        <source>Assistance administration</source>
        <translation>Frais de gestion de l&apos;assistance</translation>
    </message>
    <message>
        <source>Cost of administering assistance and its means test, as a share of its benefits.</source>
        <translation>Coût de gestion de l&apos;assistance et de sa condition de ressources, en part de ses prestations.</translation>
    </message>
    <message>
        <source>Severance pay</source>
        <translation>Indemnité de licenciement</translation>
    </message>
    <message>
        <source>Unemployment assistance</source>
        <translation>Assistance chômage</translation>
    </message>
</context>
<context>
    <name>tideover::core::standards</name>
    <message>
        <source>coverage</source>
        <translation>couverture</translation>
    </message>
    <message>
        <source>benefit level</source>
        <translation>niveau des prestations</translation>
    </message>
    <message>
        <source>benefit level (first month)</source>
        <translation>niveau des prestations (premier mois)</translation>
    </message>
    <message>
        <source>benefit level (average)</source>
        <translation>niveau des prestations (moyenne)</translation>
    </message>
    <message>
        <source>waiting period</source>
        <translation>délai de carence</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>qualifying period</source>
        <translation>période de stage</translation>
    </message>
    <message>
        <source>financial equilibrium</source>
        <translation>équilibre financier</translation>
    </message>
    <message>
        <source>At least 50 % of all employees must be protected; the law covers %1 of wage employees in %2.</source>
        <translation>Au moins 50 % de l&apos;ensemble des salariés doivent être protégés ; la loi couvre %1 des salariés en %2.</translation>
    </message>
    <message>
        <source>At least 85 % of all employees, public employees and apprentices included, must be protected; the law covers %1 of wage employees in %2.</source>
        <translation>Au moins 85 % de l&apos;ensemble des salariés, y compris les agents publics et les apprentis, doivent être protégés ; la loi couvre %1 des salariés en %2.</translation>
    </message>
    <message>
        <source>This is legal coverage; effective coverage (the share of the unemployed who draw benefit, in the projection&apos;s effective_coverage) is far lower, as compliance, the qualifying conditions and take-up reduce it.</source>
        <translation>Il s&apos;agit de la couverture légale ; la couverture effective (la part des chômeurs qui perçoivent une prestation, colonne effective_coverage de la projection) est bien plus faible, car la conformité, les conditions d&apos;ouverture des droits et le taux de recours la réduisent.</translation>
    </message>
    <message>
        <source>The scenario gives no replacement rate or duration.</source>
        <translation>Le scénario ne donne ni taux de remplacement ni durée.</translation>
    </message>
    <message>
        <source>At least 45 % of previous earnings (with Art. 65-67); the first month pays %1 of the reference wage.</source>
        <translation>Au moins 45 % du gain antérieur (avec les art. 65-67) ; le premier mois verse %1 du salaire de référence.</translation>
    </message>
    <message>
        <source>At least 50 % of previous earnings; the first month pays %1 of the reference wage.</source>
        <translation>Au moins 50 % du gain antérieur ; le premier mois verse %1 du salaire de référence.</translation>
    </message>
    <message>
        <source>A wage ceiling or benefit maximum lowers the rate for higher earners; the conventions measure it for a standard beneficiary (Art. 65-67 of C102), which is not assessed here.</source>
        <translation>Un plafond de salaire ou une prestation maximale abaisse le taux pour les hauts salaires ; les conventions le mesurent pour un bénéficiaire type (art. 65-67 de la C102), ce qui n&apos;est pas évalué ici.</translation>
    </message>
    <message>
        <source>At least 45 % of previous earnings; the replacement rate averages %1 over the longest duration of %2 months.</source>
        <translation>Au moins 45 % du gain antérieur ; le taux de remplacement est en moyenne de %1 sur la durée la plus longue, de %2 mois.</translation>
    </message>
    <message>
        <source>At least 50 % of previous earnings; the replacement rate averages %1 over the longest duration of %2 months.</source>
        <translation>Au moins 50 % du gain antérieur ; le taux de remplacement est en moyenne de %1 sur la durée la plus longue, de %2 mois.</translation>
    </message>
    <message>
        <source>Benefit may be withheld for the first 7 days only; the scheme waits %1 day.</source>
        <translation>La prestation ne peut être suspendue que pendant les 7 premiers jours ; le régime prévoit %1 jour de carence.</translation>
    </message>
    <message>
        <source>Benefit may be withheld for the first 7 days only; the scheme waits %1 days.</source>
        <translation>La prestation ne peut être suspendue que pendant les 7 premiers jours ; le régime prévoit %1 jours de carence.</translation>
    </message>
    <message>
        <source>A waiting period of at most 7 days; the scheme waits %1 day.</source>
        <translation>Un délai de carence de 7 jours au plus ; le régime prévoit %1 jour.</translation>
    </message>
    <message>
        <source>A waiting period of at most 7 days; the scheme waits %1 days.</source>
        <translation>Un délai de carence de 7 jours au plus ; le régime prévoit %1 jours.</translation>
    </message>
    <message>
        <source>At least 13 weeks within 12 months; the longest duration class pays %1 months (%2 weeks).</source>
        <translation>Au moins 13 semaines sur 12 mois ; la classe de durée la plus longue verse %1 mois (%2 semaines).</translation>
    </message>
    <message>
        <source>At least 13 weeks within 12 months; the longest duration class pays %1 months (%2 weeks), the shortest %3 months (%4 weeks).</source>
        <translation>Au moins 13 semaines sur 12 mois ; la classe de durée la plus longue verse %1 mois (%2 semaines), la plus courte %3 mois (%4 semaines).</translation>
    </message>
    <message>
        <source>At least 26 weeks per spell (or 39 weeks over 24 months); the longest duration class pays %1 months (%2 weeks).</source>
        <translation>Au moins 26 semaines par épisode de chômage (ou 39 semaines sur 24 mois) ; la classe de durée la plus longue verse %1 mois (%2 semaines).</translation>
    </message>
    <message>
        <source>At least 26 weeks per spell (or 39 weeks over 24 months); the longest duration class pays %1 months (%2 weeks), the shortest %3 months (%4 weeks).</source>
        <translation>Au moins 26 semaines par épisode de chômage (ou 39 semaines sur 24 mois) ; la classe de durée la plus longue verse %1 mois (%2 semaines), la plus courte %3 mois (%4 semaines).</translation>
    </message>
    <message>
        <source>As long as needed to preclude abuse: a judgement, not a figure. The model&apos;s contribution_condition_share (%1 of qualifying job losers meet it) measures its effect, not its length.</source>
        <translation>Aussi longue que nécessaire pour éviter les abus : une appréciation, pas un chiffre. Le paramètre contribution_condition_share du modèle (%1 des personnes ayant perdu leur emploi pour un motif ouvrant droit la remplissent) en mesure l&apos;effet, pas la durée.</translation>
    </message>
    <message>
        <source>As long as needed to prevent abuse: a judgement, not a figure.</source>
        <translation>Aussi longue que nécessaire pour prévenir les abus : une appréciation, pas un chiffre.</translation>
    </message>
    <message>
        <source>Periodic actuarial studies of financial equilibrium, and before any change of benefits or contributions: a projection like this one is such a study; the convention sets no figure.</source>
        <translation>Des études actuarielles périodiques de l&apos;équilibre financier, et avant toute modification des prestations ou des cotisations : une projection comme celle-ci en est une ; la convention ne fixe aucun chiffre.</translation>
    </message>
</context>
<context>
    <name>tideover::core::validation</name>
    <message>
        <source>no value given; give at least one</source>
        <translation>aucune valeur donnée ; donnez-en au moins une</translation>
    </message>
    <message>
        <source>value %1 is out of range; allowed: %2</source>
        <translation>la valeur %1 est hors limites ; valeurs admises : %2</translation>
    </message>
    <message>
        <source>value %1 is out of range; allowed: %2 (a fraction: 0.6 means 60 %)</source>
        <translation>la valeur %1 est hors limites ; valeurs admises : %2 (une fraction : 0.6 signifie 60 %)</translation>
    </message>
    <message>
        <source>value %1 (year %2) is out of range; allowed: %3</source>
        <translation>la valeur %1 (année %2) est hors limites ; valeurs admises : %3</translation>
    </message>
    <message>
        <source>value %1 (year %2) is out of range; allowed: %3 (a fraction: 0.6 means 60 %)</source>
        <translation>la valeur %1 (année %2) est hors limites ; valeurs admises : %3 (une fraction : 0.6 signifie 60 %)</translation>
    </message>
    <message>
        <source>value %1 (item %2) is out of range; allowed: %3</source>
        <translation>la valeur %1 (élément %2) est hors limites ; valeurs admises : %3</translation>
    </message>
    <message>
        <source>value %1 (item %2) is out of range; allowed: %3 (a fraction: 0.6 means 60 %)</source>
        <translation>la valeur %1 (élément %2) est hors limites ; valeurs admises : %3 (une fraction : 0.6 signifie 60 %)</translation>
    </message>
    <message>
        <source>required, but no value is given; allowed: %1</source>
        <translation>obligatoire, mais aucune valeur n&apos;est donnée ; valeurs admises : %1</translation>
    </message>
    <message>
        <source>required, but no value is given; allowed: %1 (a fraction: 0.6 means 60 %)</source>
        <translation>obligatoire, mais aucune valeur n&apos;est donnée ; valeurs admises : %1 (une fraction : 0.6 signifie 60 %)</translation>
    </message>
    <message>
        <source>%1 yearly values are given but the horizon is %2 years; values after %3 are not used</source>
        <translation>%1 valeurs annuelles sont données mais l&apos;horizon est de %2 ans ; les valeurs après %3 ne sont pas utilisées</translation>
    </message>
    <message>
        <source>%1 shares are given for %2 duration classes; give one share per entry of benefits.duration_months</source>
        <translation>%1 parts sont données pour %2 classes de durée ; donnez une part par entrée de benefits.duration_months</translation>
    </message>
    <message>
        <source>the shares sum to %1; they must sum to 1</source>
        <translation>la somme des parts est %1 ; elle doit être égale à 1</translation>
    </message>
    <message>
        <source>%1 monthly rates are given but benefit lasts at most %2 months; rates after month %3 are not used</source>
        <translation>%1 taux mensuels sont donnés mais la prestation dure au plus %2 mois ; les taux après le mois %3 ne sont pas utilisés</translation>
    </message>
    <message>
        <source>value %1 (year %2) is below %3 %4; where both are set the maximum must be at least the minimum</source>
        <translation>la valeur %1 (année %2) est inférieure à %3 %4 ; quand les deux sont fixés, le maximum doit être au moins égal au minimum</translation>
    </message>
    <message>
        <source>value %1 must be greater than financing.lower_ratio (%2)</source>
        <translation>la valeur %1 doit être supérieure à financing.lower_ratio (%2)</translation>
    </message>
    <message>
        <source>value %1 is below financing.min_rate (%2)</source>
        <translation>la valeur %1 est inférieure à financing.min_rate (%2)</translation>
    </message>
    <message>
        <source>with a job-finding rate of %1 an unemployment rate of %2 (year %3) means a monthly separation rate of %4, above 1: more insured lose their job each month than there are insured</source>
        <translation>avec un taux de retour à l&apos;emploi de %1, un taux de chômage de %2 (année %3) donne un taux mensuel de perte d&apos;emploi de %4, supérieur à 1 : plus d&apos;assurés perdraient leur emploi chaque mois qu&apos;il n&apos;y a d&apos;assurés</translation>
    </message>
    <message>
        <source>administration and active labour-market spending together take %1 of contributions, so contributions cannot finance benefits</source>
        <translation>les frais de gestion et les dépenses actives pour l&apos;emploi prennent ensemble %1 des cotisations : les cotisations ne peuvent pas financer les prestations</translation>
    </message>
    <message>
        <source>no currency code is given; amounts are shown in LCU</source>
        <translation>aucun code de monnaie n&apos;est donné ; les montants sont affichés en LCU</translation>
    </message>
    <message>
        <source>%1 takes no dated changes; only series keys and the benefit rule do</source>
        <translation>%1 n&apos;accepte pas de changement daté ; seuls les paramètres annuels et la règle de prestation en acceptent</translation>
    </message>
    <message>
        <source>the year %1 is not a calendar year in %2..%3</source>
        <translation>l&apos;année %1 n&apos;est pas une année civile comprise entre %2 et %3</translation>
    </message>
    <message>
        <source>a dated change holds one value, not %1; give each year its own change</source>
        <translation>un changement daté contient une seule valeur, pas %1 ; donnez à chaque année son propre changement</translation>
    </message>
    <message>
        <source>the change from %1 comes after the horizon (the last projected year is %2) and has no effect</source>
        <translation>le changement à partir de %1 vient après l&apos;horizon (la dernière année projetée est %2) et n&apos;a pas d&apos;effet</translation>
    </message>
    <message>
        <source>the scenario holds %1 dated changes; at most %2 are allowed</source>
        <translation>le scénario contient %1 changements datés ; au plus %2 sont permis</translation>
    </message>
    <message>
        <source>the benefit rule for claims from %1 has %2 duration shares for %3 duration classes; give one share per duration class</source>
        <translation>la règle de prestation des demandes à partir de %1 a %2 parts pour %3 classes de durée ; donnez une part par classe de durée</translation>
    </message>
    <message>
        <source>the duration shares of the benefit rule for claims from %1 sum to %2; they must sum to 1</source>
        <translation>les parts des classes de durée de la règle des demandes à partir de %1 totalisent %2 ; elles doivent totaliser 1</translation>
    </message>
    <message>
        <source>the scenario has %1 further groups; at most %2 are allowed</source>
        <translation>le scénario compte %1 groupes supplémentaires ; %2 au plus sont permis</translation>
    </message>
    <message>
        <source>the group name %1 is not allowed; a name is 1 to 32 lower-case letters, digits and _, starting with a letter, and not main, total or all</source>
        <translation>le nom de groupe %1 n&apos;est pas permis ; un nom compte 1 à 32 lettres minuscules, chiffres et _, commence par une lettre et n&apos;est ni main, ni total, ni all</translation>
    </message>
    <message>
        <source>the group %1 is given twice</source>
        <translation>le groupe %1 est donné deux fois</translation>
    </message>
    <message>
        <source>the title is %1 characters long or holds a control character; at most %2 characters, on one line</source>
        <translation>le titre compte %1 caractères ou contient un caractère de contrôle ; %2 caractères au plus, sur une ligne</translation>
    </message>
    <message>
        <source>in %1 the groups together hold %2 of the employed (coverage.wage_employee_share plus every group&apos;s employed_share); at most 1</source>
        <translation>en %1 les groupes réunis comptent %2 des actifs occupés (coverage.wage_employee_share plus l&apos;employed_share de chaque groupe) ; 1 au plus</translation>
    </message>
    <message>
        <source>%1 is not a key of a group</source>
        <translation>%1 n&apos;est pas une clé de groupe</translation>
    </message>
    <message>
        <source>%1 values are given for %2 entries of %3; give one per entry</source>
        <translation>%1 valeurs sont données pour %2 entrées de %3 ; donnez-en une par entrée</translation>
    </message>
    <message>
        <source>item %1 (%2) is not above item %3 (%4); the values must increase</source>
        <translation>l&apos;élément %1 (%2) n&apos;est pas supérieur à l&apos;élément %3 (%4) ; les valeurs doivent croître</translation>
    </message>
</context>
<context>
    <name>tideover::ui::Autosave</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>tideover::ui::BeneficiariesChart</name>
    <message>
        <source>Beneficiaries and coverage</source>
        <translation>Bénéficiaires et couverture</translation>
    </message>
    <message>
        <source>New claims in the year</source>
        <translation>Nouvelles demandes dans l&apos;année</translation>
    </message>
    <message>
        <source>Beneficiaries (average)</source>
        <translation>Bénéficiaires (moyenne)</translation>
    </message>
    <message>
        <source>Beneficiaries (average), all groups</source>
        <translation>Bénéficiaires (moyenne), tous groupes</translation>
    </message>
    <message>
        <source>Effective coverage (right axis)</source>
        <translation>Couverture effective (axe de droite)</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Effective coverage</source>
        <translation>Couverture effective</translation>
    </message>
    <message>
        <source>% of the unemployed</source>
        <translation>% des chômeurs</translation>
    </message>
    <message>
        <source>Actual new claims</source>
        <translation>Nouvelles demandes réelles</translation>
    </message>
    <message>
        <source>Actual beneficiaries</source>
        <translation>Bénéficiaires réels</translation>
    </message>
    <message>
        <source>Actual effective coverage</source>
        <translation>Couverture effective réelle</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ChartView</name>
    <message>
        <source>tn %1</source>
        <translation>Bn %1</translation>
    </message>
    <message>
        <source>bn %1</source>
        <translation>Md %1</translation>
    </message>
    <message>
        <source>m %1</source>
        <translation>M %1</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>millions</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>milliers</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Réinitialiser la vue</translation>
    </message>
    <message>
        <source>Show every year again (or double-click the chart)</source>
        <translation>Afficher de nouveau toutes les années (ou double-cliquez sur le graphique)</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>Image (PNG)…</translation>
    </message>
    <message>
        <source>Document (PDF)…</source>
        <translation>Document (PDF)…</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>Données (CSV)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save this chart as an image, a PDF or its data as CSV</source>
        <translation>Enregistrer ce graphique en image, en PDF ou ses données en CSV</translation>
    </message>
    <message>
        <source>No results: the scenario has errors</source>
        <translation>Aucun résultat : le scénario contient des erreurs</translation>
    </message>
    <message>
        <source>Results are out of date: fix the marked value</source>
        <translation>Résultats périmés : corrigez la valeur signalée</translation>
    </message>
    <message>
        <source>Point at the chart to read a year&apos;s values. Drag to move through the years, scroll to zoom, double-click to see them all.</source>
        <translation>Pointez le graphique pour lire les valeurs d&apos;une année. Faites glisser pour parcourir les années, la molette pour zoomer, double-cliquez pour tout voir.</translation>
    </message>
    <message>
        <source>Could not write the image %1. Check that the folder exists and you may write to it.</source>
        <translation>Impossible d&apos;écrire l&apos;image %1. Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>Could not write the PDF %1. Check that the folder exists and you may write to it.</source>
        <translation>Impossible d&apos;écrire le PDF %1. Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>Export out-of-date results?</source>
        <translation>Exporter des résultats périmés ?</translation>
    </message>
    <message>
        <source>The scenario has an error, so this chart shows the last valid results, not the current values. Export them anyway?</source>
        <translation>Le scénario contient une erreur : ce graphique montre les derniers résultats valides, pas les valeurs actuelles. Les exporter quand même ?</translation>
    </message>
    <message>
        <source>Export chart as image</source>
        <translation>Exporter le graphique en image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export chart as PDF</source>
        <translation>Exporter le graphique en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Exporter les données du graphique en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Actual (history)</source>
        <translation>Réel (historique)</translation>
    </message>
    <message>
        <source>%1 (actual %2)</source>
        <translation>%1 (réel %2)</translation>
    </message>
    <message>
        <source>(actual %1)</source>
        <translation>(réel %1)</translation>
    </message>
</context>
<context>
    <name>tideover::ui::CollapsibleSection</name>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <source>Fold this section away</source>
        <translation>Replier cette section</translation>
    </message>
    <message>
        <source>Show this section</source>
        <translation>Afficher cette section</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ComparisonChart</name>
    <message>
        <source>Compared scenarios</source>
        <translation>Scénarios comparés</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Ratio de réserve</translation>
    </message>
    <message>
        <source>years of expenditure</source>
        <translation>années de dépenses</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>Cost rate</source>
        <translation>Taux de coût</translation>
    </message>
    <message>
        <source>% of insured wages</source>
        <translation>% des salaires assurés</translation>
    </message>
    <message>
        <source>Contribution rate</source>
        <translation>Taux de cotisation</translation>
    </message>
    <message>
        <source>Pin scenarios to compare them</source>
        <translation>Épinglez des scénarios pour les comparer</translation>
    </message>
    <message>
        <source>No results: the scenario has errors</source>
        <translation>Aucun résultat : le scénario contient des erreurs</translation>
    </message>
    <message>
        <source>The scenario being edited has errors: its line shows the last valid results</source>
        <translation>Le scénario en cours de modification contient des erreurs : sa courbe montre les derniers résultats valides</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ComparisonSet</name>
    <message>
        <source>%1 (editing)</source>
        <translation>%1 (en modification)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>“%1” has errors, so it has no results to compare: %2</source>
        <translation>« %1 » contient des erreurs et n&apos;a donc pas de résultats à comparer : %2</translation>
    </message>
    <message>
        <source>The pinned scenarios of the last session could not be read (%1).</source>
        <translation>Les scénarios épinglés de la session précédente n&apos;ont pas pu être lus (%1).</translation>
    </message>
    <message>
        <source>A pinned scenario of the last session could not be restored: %1.</source>
        <translation>Un scénario épinglé de la session précédente n&apos;a pas pu être rétabli : %1.</translation>
    </message>
    <message>
        <source>%1 pinned scenarios of the last session could not be restored: %2.</source>
        <translation>%1 scénarios épinglés de la session précédente n&apos;ont pas pu être rétablis : %2.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ComparisonView</name>
    <message>
        <source>&lt;b&gt;Pinned scenarios&lt;/b&gt;</source>
        <translation>&lt;b&gt;Scénarios épinglés&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Pin current</source>
        <translation>Épingler l&apos;actuel</translation>
    </message>
    <message>
        <source>Keep a snapshot of the scenario as it is now, to compare with later edits</source>
        <translation>Garder un instantané du scénario tel qu&apos;il est, pour le comparer aux modifications ultérieures</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Fichier…</translation>
    </message>
    <message>
        <source>Pin a saved scenario file</source>
        <translation>Épingler un fichier de scénario enregistré</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <source>Pin a scenario that comes with Tideover</source>
        <translation>Épingler un scénario fourni avec Tideover</translation>
    </message>
    <message>
        <source>Include the scenario being edited</source>
        <translation>Inclure le scénario en cours de modification</translation>
    </message>
    <message>
        <source>Show the scenario being edited, as it is now, next to the pinned ones</source>
        <translation>Afficher le scénario en cours de modification, tel qu&apos;il est, à côté des scénarios épinglés</translation>
    </message>
    <message>
        <source>Pin scenarios to compare them with the one being edited: a snapshot of it as it is now (then change it and see the difference), a saved file or a built-in scenario.</source>
        <translation>Épinglez des scénarios pour les comparer à celui en cours de modification : un instantané de celui-ci tel qu&apos;il est (puis modifiez-le et voyez la différence), un fichier enregistré ou un scénario intégré.</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Ratio de réserve</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>Cost rate</source>
        <translation>Taux de coût</translation>
    </message>
    <message>
        <source>Contribution rate</source>
        <translation>Taux de cotisation</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Parameters that differ</source>
        <translation>Paramètres qui diffèrent</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Pin scenarios</source>
        <translation>Épingler des scénarios</translation>
    </message>
    <message>
        <source>Tideover scenarios (*.tideover);;All files (*)</source>
        <translation>Scénarios Tideover (*.tideover);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot pin %1: %2</source>
        <translation>Impossible d&apos;épingler %1 : %2</translation>
    </message>
    <message>
        <source>Cannot pin the scenario</source>
        <translation>Impossible d&apos;épingler le scénario</translation>
    </message>
    <message>
        <source>Double-click to rename</source>
        <translation>Double-cliquez pour renommer</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>instantané</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>A snapshot of the scenario being edited; double-click to rename</source>
        <translation>Un instantané du scénario en cours de modification ; double-cliquez pour renommer</translation>
    </message>
    <message>
        <source>Remove “%1” from the comparison</source>
        <translation>Retirer « %1 » de la comparaison</translation>
    </message>
    <message>
        <source>Rename pinned scenario</source>
        <translation>Renommer le scénario épinglé</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Pin a scenario to see the parameters in which it differs.</source>
        <translation>Épinglez un scénario pour voir les paramètres en lesquels il diffère.</translation>
    </message>
    <message>
        <source>The scenarios have the same parameters.</source>
        <translation>Les scénarios ont les mêmes paramètres.</translation>
    </message>
    <message>
        <source>1 parameter differs.</source>
        <translation>1 paramètre diffère.</translation>
    </message>
    <message>
        <source>%1 parameters differ.</source>
        <translation>%1 paramètres diffèrent.</translation>
    </message>
    <message>
        <source>Bold: unlike the first column.</source>
        <translation>Gras : différent de la première colonne.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Severance pay, savings accounts and assistance beside the insurance: the cost by payer</source>
        <translation>Indemnités de licenciement, comptes d’épargne et assistance à côté de l’assurance : le coût par payeur</translation>
    </message>
</context>
<context>
    <name>tideover::ui::DepletionChart</name>
    <message>
        <source>Probability that the reserve is depleted</source>
        <translation>Probabilité d&apos;épuisement de la réserve</translation>
    </message>
    <message>
        <source>Depleted by the end of the year</source>
        <translation>Épuisée à la fin de l&apos;année</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>% of paths</source>
        <translation>% des trajectoires</translation>
    </message>
    <message>
        <source>The scenario has changed since this run: run again to update</source>
        <translation>Le scénario a changé depuis ce calcul : relancez-le pour mettre à jour</translation>
    </message>
</context>
<context>
    <name>tideover::ui::DurationClassEditor</name>
    <message>
        <source>Maximum months</source>
        <translation>Durée maximale (mois)</translation>
    </message>
    <message>
        <source>Maximum benefit duration of the class</source>
        <translation>Durée maximale des prestations de la classe</translation>
    </message>
    <message>
        <source>Share of claims</source>
        <translation>Part des demandes</translation>
    </message>
    <message>
        <source>Share of new claims in the class</source>
        <translation>Part des nouvelles demandes dans la classe</translation>
    </message>
    <message>
        <source>Add a class</source>
        <translation>Ajouter une classe</translation>
    </message>
    <message>
        <source>Add a duration class; give it a share and lower the others</source>
        <translation>Ajouter une classe de durée ; donnez-lui une part et réduisez les autres</translation>
    </message>
    <message>
        <source>Maximum benefit duration of this class, in months (1 to 60)</source>
        <translation>Durée maximale des prestations de cette classe, en mois (1 à 60)</translation>
    </message>
    <message>
        <source>Share of new claims in this class; the shares add up to 100 %</source>
        <translation>Part des nouvelles demandes dans cette classe ; les parts totalisent 100 %</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this duration class</source>
        <translation>Supprimer cette classe de durée</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Total %1: the shares must add up to 100 %</source>
        <translation>Total %1 : les parts doivent totaliser 100 %</translation>
    </message>
</context>
<context>
    <name>tideover::ui::FanChart</name>
    <message>
        <source>Reserve fund: range of outcomes</source>
        <translation>Fonds de réserve : éventail des résultats</translation>
    </message>
    <message>
        <source>Reserve ratio: range of outcomes</source>
        <translation>Ratio de réserve : éventail des résultats</translation>
    </message>
    <message>
        <source>Cost rate: range of outcomes</source>
        <translation>Taux de coût : éventail des résultats</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Ratio de réserve</translation>
    </message>
    <message>
        <source>years of expenditure</source>
        <translation>années de dépenses</translation>
    </message>
    <message>
        <source>Cost rate</source>
        <translation>Taux de coût</translation>
    </message>
    <message>
        <source>% of insured wages</source>
        <translation>% des salaires assurés</translation>
    </message>
    <message>
        <source>5th percentile</source>
        <translation>5e centile</translation>
    </message>
    <message>
        <source>25th percentile</source>
        <translation>25e centile</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>75th percentile</source>
        <translation>75e centile</translation>
    </message>
    <message>
        <source>50 % of paths (25th–75th percentile)</source>
        <translation>50 % des trajectoires (25e–75e centile)</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95e centile</translation>
    </message>
    <message>
        <source>90 % of paths (5th–95th)</source>
        <translation>90 % des trajectoires (5e–95e)</translation>
    </message>
    <message>
        <source>Deterministic projection</source>
        <translation>Projection déterministe</translation>
    </message>
    <message>
        <source>Target reserve ratio</source>
        <translation>Ratio de réserve cible</translation>
    </message>
    <message>
        <source>The scenario has changed since this run: run again to update</source>
        <translation>Le scénario a changé depuis ce calcul : relancez-le pour mettre à jour</translation>
    </message>
</context>
<context>
    <name>tideover::ui::FunnelChart</name>
    <message>
        <source>The projection year the funnel shows</source>
        <translation>L&apos;année de projection que montre l&apos;entonnoir</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>Data, every year (CSV)…</source>
        <translation>Données, chaque année (CSV)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save this chart as an image, a PDF or the funnel of every year as CSV</source>
        <translation>Enregistrer ce graphique en image, en PDF ou l&apos;entonnoir de chaque année en CSV</translation>
    </message>
    <message>
        <source>Coverage funnel</source>
        <translation>Entonnoir de couverture</translation>
    </message>
    <message>
        <source>Who is insured (persons)</source>
        <translation>Qui est assuré (personnes)</translation>
    </message>
    <message>
        <source>Who draws benefit (persons in the year)</source>
        <translation>Qui perçoit des prestations (personnes dans l&apos;année)</translation>
    </message>
    <message>
        <source>%1 of the previous</source>
        <translation>%1 du précédent</translation>
    </message>
    <message>
        <source>Out of date: the scenario has errors. The funnel shows the last valid scenario; fix the marked values to update it.</source>
        <translation>Périmé : le scénario contient des erreurs. L&apos;entonnoir montre le dernier scénario valide ; corrigez les valeurs signalées pour le mettre à jour.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Chômeurs</translation>
    </message>
    <message>
        <source>Beneficiaries (average)</source>
        <translation>Bénéficiaires (moyenne)</translation>
    </message>
    <message>
        <source>Persons in the year (a flow)</source>
        <translation>Personnes dans l&apos;année (un flux)</translation>
    </message>
    <message>
        <source>Persons (a stock)</source>
        <translation>Personnes (un stock)</translation>
    </message>
    <message>
        <source>Coverage funnel, %1</source>
        <translation>Entonnoir de couverture, %1</translation>
    </message>
    <message>
        <source>Who draws benefit (persons in %1)</source>
        <translation>Qui perçoit des prestations (personnes en %1)</translation>
    </message>
    <message>
        <source>No valid scenario yet.</source>
        <translation>Pas encore de scénario valide.</translation>
    </message>
    <message>
        <source>persons in %1</source>
        <translation>personnes en %1</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>, %1 of %2</source>
        <translation>, %1 de %2</translation>
    </message>
    <message>
        <source> (%1 of the labour force)</source>
        <translation> (%1 de la population active)</translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation>Impossible d&apos;écrire l&apos;image %1.</translation>
    </message>
    <message>
        <source>Could not write the PDF %1.</source>
        <translation>Impossible d&apos;écrire le PDF %1.</translation>
    </message>
    <message>
        <source>The scenario has errors, so the funnel is out of date. Export it anyway?</source>
        <translation>Le scénario contient des erreurs : l&apos;entonnoir est périmé. L&apos;exporter quand même ?</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the coverage funnel</source>
        <translation>Exporter l&apos;entonnoir de couverture</translation>
    </message>
    <message>
        <source>In %1, %2 of a labour force of %3 are insured, and on average %4 of the %5 unemployed draw benefit (%6, the effective coverage). Over the year, %7 insured job losers become new beneficiaries. &lt;i&gt;Point at a bar for its stage.&lt;/i&gt;</source>
        <translation>En %1, %2 d&apos;une population active de %3 sont assurés, et en moyenne %4 des %5 chômeurs perçoivent une prestation (%6, la couverture effective). Au cours de l&apos;année, %7 assurés qui perdent leur emploi deviennent de nouveaux bénéficiaires. &lt;i&gt;Pointez une barre pour son étape.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The worker group whose funnel shows, or the total of the groups</source>
        <translation>Le groupe de travailleurs dont l&apos;entonnoir s&apos;affiche, ou le total des groupes</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Main group</source>
        <translation>Groupe principal</translation>
    </message>
    <message>
        <source>Workers in the groups</source>
        <translation>Travailleurs des groupes</translation>
    </message>
    <message>
        <source>Workers in the group</source>
        <translation>Travailleurs du groupe</translation>
    </message>
</context>
<context>
    <name>tideover::ui::HeadlineBar</name>
    <message>
        <source>Reserve ratio at horizon</source>
        <translation>Ratio de réserve à l&apos;horizon</translation>
    </message>
    <message>
        <source>Reserve at the end of the last projected year, in years of that year&apos;s expenditure.</source>
        <translation>Réserve à la fin de la dernière année projetée, en années de dépenses de cette année.</translation>
    </message>
    <message>
        <source>Lowest reserve ratio</source>
        <translation>Ratio de réserve le plus bas</translation>
    </message>
    <message>
        <source>The smallest year-end reserve ratio over the horizon, and its year.</source>
        <translation>Le plus bas ratio de réserve de fin d&apos;année sur l&apos;horizon, et son année.</translation>
    </message>
    <message>
        <source>Reserve depleted</source>
        <translation>Réserve épuisée</translation>
    </message>
    <message>
        <source>The first year in which the reserve falls below zero at the end of some month.</source>
        <translation>La première année où la réserve devient négative à la fin d&apos;un mois.</translation>
    </message>
    <message>
        <source>Break-even contribution rate</source>
        <translation>Taux de cotisation d&apos;équilibre</translation>
    </message>
    <message>
        <source>The flat total contribution rate (% of insured wages) at which the reserve at the horizon equals the target reserve ratio times the last year&apos;s expenditure.</source>
        <translation>Le taux de cotisation total uniforme (% des salaires assurés) pour lequel la réserve à l&apos;horizon égale le ratio de réserve cible multiplié par les dépenses de la dernière année.</translation>
    </message>
    <message>
        <source>Effective coverage</source>
        <translation>Couverture effective</translation>
    </message>
    <message>
        <source>Beneficiaries as a share of the unemployed, in the first and the last projected year.</source>
        <translation>Les bénéficiaires en part des chômeurs, la première et la dernière année projetées.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>none in 0–100 %</source>
        <translation>aucun entre 0 et 100 %</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 value needs fixing.&lt;/b&gt;</source>
        <translation>&lt;b&gt;1 valeur à corriger.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 values need fixing.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 valeurs à corriger.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The figures are from the last valid scenario.</source>
        <translation>Les chiffres proviennent du dernier scénario valide.</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>Pas encore de résultats.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::HeadlineComparisonModel</name>
    <message>
        <source>Reserve ratio at the horizon</source>
        <translation>Ratio de réserve à l&apos;horizon</translation>
    </message>
    <message>
        <source>Lowest reserve ratio</source>
        <translation>Ratio de réserve le plus bas</translation>
    </message>
    <message>
        <source>Reserve depleted</source>
        <translation>Réserve épuisée</translation>
    </message>
    <message>
        <source>Break-even contribution rate</source>
        <translation>Taux de cotisation d&apos;équilibre</translation>
    </message>
    <message>
        <source>Contribution rate, first year</source>
        <translation>Taux de cotisation, première année</translation>
    </message>
    <message>
        <source>Reserve at the horizon</source>
        <translation>Réserve à l&apos;horizon</translation>
    </message>
    <message>
        <source>Effective coverage, last year</source>
        <translation>Couverture effective, dernière année</translation>
    </message>
    <message>
        <source>Projection years</source>
        <translation>Années de projection</translation>
    </message>
    <message>
        <source>Reserve at the end of the last projected year, in years of that year&apos;s expenditure</source>
        <translation>Réserve à la fin de la dernière année projetée, en années de dépenses de cette année</translation>
    </message>
    <message>
        <source>The smallest year-end reserve ratio over the horizon, and its year</source>
        <translation>Le plus bas ratio de réserve de fin d&apos;année sur l&apos;horizon, et son année</translation>
    </message>
    <message>
        <source>The first year in which the reserve falls below zero at the end of some month</source>
        <translation>La première année où la réserve devient négative à la fin d&apos;un mois</translation>
    </message>
    <message>
        <source>The flat total contribution rate that brings the reserve at the horizon to the target reserve ratio</source>
        <translation>Le taux de cotisation total uniforme qui porte la réserve à l&apos;horizon au ratio de réserve cible</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>none in 0–100 %</source>
        <translation>aucun entre 0 et 100 %</translation>
    </message>
    <message>
        <source>Out of date: the scenario being edited has errors</source>
        <translation>Périmé : le scénario en cours de modification contient des erreurs</translation>
    </message>
</context>
<context>
    <name>tideover::ui::IncomeExpenditureChart</name>
    <message>
        <source>Income (left bar) and spending (right bar)</source>
        <translation>Recettes (barre de gauche) et dépenses (barre de droite)</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <source>Contributions (%1)</source>
        <translation>Cotisations (%1)</translation>
    </message>
    <message>
        <source>Benefits (%1)</source>
        <translation>Prestations (%1)</translation>
    </message>
    <message>
        <source>Investment income</source>
        <translation>Revenus des placements</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Prestations</translation>
    </message>
    <message>
        <source>Other expenditure</source>
        <translation>Autres dépenses</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Frais de gestion</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Par an</translation>
    </message>
    <message>
        <source>State&apos;s share of benefits</source>
        <translation>Part de l&apos;État dans les prestations</translation>
    </message>
    <message>
        <source>Actual contributions</source>
        <translation>Cotisations réelles</translation>
    </message>
    <message>
        <source>Actual investment income</source>
        <translation>Revenus des placements réels</translation>
    </message>
    <message>
        <source>Actual state subsidy</source>
        <translation>Subvention de l&apos;État réelle</translation>
    </message>
    <message>
        <source>Actual benefits</source>
        <translation>Prestations réelles</translation>
    </message>
    <message>
        <source>Actual expenditure</source>
        <translation>Dépenses réelles</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ListEditor</name>
    <message>
        <source>Add a month</source>
        <translation>Ajouter un mois</translation>
    </message>
    <message>
        <source>Give the next month of benefit its own rate</source>
        <translation>Donner au mois de prestation suivant son propre taux</translation>
    </message>
    <message>
        <source>The last rate repeats until benefit ends.</source>
        <translation>Le dernier taux se répète jusqu&apos;à la fin des prestations.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this month&apos;s rate</source>
        <translation>Supprimer le taux de ce mois</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Month %1 onward</source>
        <translation>À partir du mois %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Mois %1</translation>
    </message>
    <message>
        <source>Add a band</source>
        <translation>Ajouter une tranche</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Ajouter un palier</translation>
    </message>
    <message>
        <source>Add a band of service (and one to the list beside it)</source>
        <translation>Ajouter une tranche d’ancienneté (et une à la liste voisine)</translation>
    </message>
    <message>
        <source>Add a step of service (and one to the list beside it)</source>
        <translation>Ajouter un palier d’ancienneté (et un à la liste voisine)</translation>
    </message>
    <message>
        <source>Each band pairs with the same band of the other list.</source>
        <translation>Chaque tranche va avec la même tranche de l’autre liste.</translation>
    </message>
    <message>
        <source>Each step pairs with the same step of the other list.</source>
        <translation>Chaque palier va avec le même palier de l’autre liste.</translation>
    </message>
    <message>
        <source>Remove this band</source>
        <translation>Supprimer cette tranche</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Supprimer ce palier</translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation>Tranche %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Palier %1</translation>
    </message>
</context>
<context>
    <name>tideover::ui::MainWindow</name>
    <message>
        <source>Replace a read-only file?</source>
        <translation>Remplacer un fichier en lecture seule ?</translation>
    </message>
    <message>
        <source>“%1” is read-only. Replace it anyway? It stays read-only.</source>
        <translation>« %1 » est en lecture seule. Le remplacer quand même ? Il restera en lecture seule.</translation>
    </message>
    <message>
        <source>&amp;Projection</source>
        <translation>&amp;Projection</translation>
    </message>
    <message>
        <source>Ris&amp;k</source>
        <translation>Ris&amp;que</translation>
    </message>
    <message>
        <source>&amp;Stress test</source>
        <translation>&amp;Test de résistance</translation>
    </message>
    <message>
        <source>Sensiti&amp;vity</source>
        <translation>Sensi&amp;bilité</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>The projection of the scenario: reserve, income and spending, beneficiaries, rates</source>
        <translation>La projection du scénario : réserve, recettes et dépenses, bénéficiaires, taux</translation>
    </message>
    <message>
        <source>Many random futures of unemployment and returns: the range of outcomes and the probability of depletion</source>
        <translation>De nombreux avenirs aléatoires du chômage et des rendements : l&apos;éventail des résultats et la probabilité d&apos;épuisement</translation>
    </message>
    <message>
        <source>A recession laid over the scenario</source>
        <translation>Une récession appliquée au scénario</translation>
    </message>
    <message>
        <source>Which assumptions matter most: each lowered and raised, one at a time</source>
        <translation>Les hypothèses qui comptent le plus : chacune abaissée et relevée, une à la fois</translation>
    </message>
    <message>
        <source>Pinned scenarios side by side</source>
        <translation>Les scénarios épinglés côte à côte</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <source>: results are out of date (Ctrl+E goes to the first)</source>
        <translation> : résultats périmés (Ctrl+E mène à la première)</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New from</source>
        <translation>&amp;Nouveau à partir de</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>Impossible d&apos;ouvrir le scénario</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>Exporter le rappor&amp;t (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Go to First &amp;Problem</source>
        <translation>Aller au premier &amp;problème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Parameter Help</source>
        <translation>Aide sur les &amp;paramètres</translation>
    </message>
    <message>
        <source>&amp;About Tideover</source>
        <translation>À propos de &amp;Tideover</translation>
    </message>
    <message>
        <source>Workshop exercise</source>
        <translation>Exercice d&apos;atelier</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>Exercice : %1</translation>
    </message>
    <message>
        <source>ILO minimum standards</source>
        <translation>Normes minimales de l&apos;OIT</translation>
    </message>
    <message>
        <source>Coverage f&amp;unnel</source>
        <translation>Entonnoir de co&amp;uverture</translation>
    </message>
    <message>
        <source>From the labour force to beneficiaries: where the scheme&apos;s coverage is lost, year by year</source>
        <translation>De la population active aux bénéficiaires : où se perd la couverture du régime, année après année</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>F&amp;ormation</translation>
    </message>
    <message>
        <source>Workshop &amp;Exercises</source>
        <translation>&amp;Exercices d&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;Open Exercise File…</source>
        <translation>&amp;Ouvrir un fichier d&apos;exercice…</translation>
    </message>
    <message>
        <source>ILO &amp;Standards Check</source>
        <translation>Vérification des &amp;normes de l&apos;OIT</translation>
    </message>
    <message>
        <source>Coverage &amp;Funnel</source>
        <translation>Entonnoir de &amp;couverture</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Impossible d&apos;exporter le rapport</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>Run &amp;Monte Carlo…</source>
        <translation>Lancer &amp;Monte-Carlo…</translation>
    </message>
    <message>
        <source>Project the scenario along many random futures (the Risk tab)</source>
        <translation>Projeter le scénario selon de nombreux avenirs aléatoires (l&apos;onglet Risque)</translation>
    </message>
    <message>
        <source>&amp;Stress Test…</source>
        <translation>&amp;Test de résistance…</translation>
    </message>
    <message>
        <source>Lay a recession over the scenario (the Stress test tab)</source>
        <translation>Appliquer une récession au scénario (l&apos;onglet Test de résistance)</translation>
    </message>
    <message>
        <source>S&amp;ensitivity…</source>
        <translation>S&amp;ensibilité…</translation>
    </message>
    <message>
        <source>See which assumptions matter most (the Sensitivity tab)</source>
        <translation>Voir quelles hypothèses comptent le plus (l&apos;onglet Sensibilité)</translation>
    </message>
    <message>
        <source>Solve for &amp;Contribution Rate…</source>
        <translation>Résoudre le taux de &amp;cotisation…</translation>
    </message>
    <message>
        <source>The contribution rate that keeps the reserve at its target</source>
        <translation>Le taux de cotisation qui maintient la réserve à sa cible</translation>
    </message>
    <message>
        <source>Solve for &amp;Replacement Rate…</source>
        <translation>Résoudre le taux de &amp;remplacement…</translation>
    </message>
    <message>
        <source>The highest replacement rate today&apos;s contribution rate can pay for</source>
        <translation>Le plus haut taux de remplacement que le taux de cotisation actuel peut financer</translation>
    </message>
    <message>
        <source>&amp;Pin Current Scenario</source>
        <translation>É&amp;pingler le scénario actuel</translation>
    </message>
    <message>
        <source>Keep a snapshot of the scenario as it is now, to compare (the Compare tab)</source>
        <translation>Garder un instantané du scénario tel qu&apos;il est, pour comparer (l&apos;onglet Comparer)</translation>
    </message>
    <message>
        <source>Pin &amp;File…</source>
        <translation>Épingler un &amp;fichier…</translation>
    </message>
    <message>
        <source>Pin &amp;Built-in</source>
        <translation>Épingler un scénario &amp;intégré</translation>
    </message>
    <message>
        <source>%1. Undo (Ctrl+Z) takes it back.</source>
        <translation>%1. Annuler (Ctrl+Z) revient en arrière.</translation>
    </message>
    <message>
        <source>%1[*] — Tideover</source>
        <translation>%1[*] — Tideover</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The scenario “%1” has unsaved changes.</source>
        <translation>Le scénario « %1 » contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Do you want to save them before going on?</source>
        <translation>Voulez-vous les enregistrer avant de continuer ?</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>Impossible d&apos;enregistrer le scénario</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Enregistrer le scénario sous</translation>
    </message>
    <message>
        <source>Revert to saved</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Discard every change since “%1” was last saved?</source>
        <translation>Abandonner toutes les modifications depuis le dernier enregistrement de « %1 » ?</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>Impossible de revenir en arrière</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Vider le menu</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Récupérer le travail non enregistré ?</translation>
    </message>
    <message>
        <source>Tideover did not close normally. Unsaved changes to “%1” were kept (autosaved %2).</source>
        <translation>Tideover ne s&apos;est pas fermé normalement. Les modifications non enregistrées de « %1 » ont été conservées (sauvegarde automatique %2).</translation>
    </message>
    <message>
        <source>The scenario had never been saved.</source>
        <translation>Le scénario n&apos;avait jamais été enregistré.</translation>
    </message>
    <message>
        <source>Its file is %1.</source>
        <translation>Son fichier est %1.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Impossible de récupérer</translation>
    </message>
    <message>
        <source>Parameter help</source>
        <translation>Aide sur les paramètres</translation>
    </message>
    <message>
        <source>Click in a parameter&apos;s field, then press F1 to read what it means, its unit, its allowed range and its source.</source>
        <translation>Cliquez dans le champ d&apos;un paramètre, puis appuyez sur F1 pour lire sa signification, son unité, sa plage autorisée et sa source.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>none: the scenario must give it</source>
        <translation>aucune : le scénario doit la fournir</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>No problems: every value is valid.</source>
        <translation>Aucun problème : toutes les valeurs sont valides.</translation>
    </message>
    <message>
        <source>About Tideover</source>
        <translation>À propos de Tideover</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tideover %1&lt;/h3&gt;&lt;p&gt;Design and cost unemployment insurance schemes.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tideover %1&lt;/h3&gt;&lt;p&gt;Concevoir et chiffrer des régimes d&apos;assurance chômage.&lt;/p&gt;&lt;p&gt;Logiciel libre sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;éférences…</translation>
    </message>
    <message>
        <source>The scenario has errors; fix them before exporting a report.</source>
        <translation>Le scénario contient des erreurs ; corrigez-les avant d&apos;exporter un rapport.</translation>
    </message>
    <message>
        <source>There is no built-in scenario “%1”. The built-in scenarios are %2.</source>
        <translation>Il n&apos;existe pas de scénario intégré « %1 ». Les scénarios intégrés sont %2.</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <source>Indicators per year over the history and the projection, and the back-test</source>
        <translation>Les indicateurs par année sur l&apos;historique et la projection, et le test rétrospectif</translation>
    </message>
    <message>
        <source>Back-&amp;test Against History</source>
        <translation>Test rétrospectif sur l&apos;&amp;historique</translation>
    </message>
    <message>
        <source>Project the scenario over its history&apos;s years and compare (the Monitoring tab)</source>
        <translation>Projeter le scénario sur les années de son historique et comparer (l&apos;onglet Suivi)</translation>
    </message>
    <message>
        <source>Calibrate to &amp;History…</source>
        <translation>Cali&amp;brer sur l&apos;historique…</translation>
    </message>
    <message>
        <source>Fit behavioural parameters to the history&apos;s figures</source>
        <translation>Ajuster les paramètres de comportement aux chiffres de l&apos;historique</translation>
    </message>
    <message>
        <source>The scenario has no history</source>
        <translation>Le scénario n&apos;a pas d&apos;historique</translation>
    </message>
    <message>
        <source>Import &amp;History (CSV)…</source>
        <translation>Importer l&apos;&amp;historique (CSV)…</translation>
    </message>
    <message>
        <source>Read the scheme&apos;s published yearly figures from a CSV file</source>
        <translation>Lire les chiffres annuels publiés du régime dans un fichier CSV</translation>
    </message>
    <message>
        <source>Export Histor&amp;y (CSV)…</source>
        <translation>E&amp;xporter l&apos;historique (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Actual Figures (History)</source>
        <translation>&amp;Chiffres réels (historique)</translation>
    </message>
    <message>
        <source>The scheme&apos;s published yearly figures, shown on the charts beside the projection</source>
        <translation>Les chiffres annuels publiés du régime, montrés sur les graphiques à côté de la projection</translation>
    </message>
    <message>
        <source>Actual figures (history)</source>
        <translation>Chiffres réels (historique)</translation>
    </message>
    <message>
        <source>Export &amp;Workbook (Excel)…</source>
        <translation>Exporter le &amp;classeur (Excel)…</translation>
    </message>
    <message>
        <source>The projection, the parameters and the analyses run on the other pages, as an Excel workbook</source>
        <translation>La projection, les paramètres et les analyses faites sur les autres pages, en classeur Excel</translation>
    </message>
    <message>
        <source>Cannot export the workbook</source>
        <translation>Impossible d&apos;exporter le classeur</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Exporter le classeur</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Workbook written to %1</source>
        <translation>Classeur écrit dans %1</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Find Parameter</source>
        <translation>Rechercher un para&amp;mètre</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>the scheme&apos;s value (%1)</source>
        <translation>la valeur du régime (%1)</translation>
    </message>
    <message>
        <source>W&amp;orker&apos;s view</source>
        <translation>&amp;Vue du salarié</translation>
    </message>
    <message>
        <source>One laid-off worker: what severance pay, the insurance, a savings account and assistance pay month by month, against the wage</source>
        <translation>Un salarié licencié : ce que lui versent mois par mois l’indemnité de licenciement, l’assurance, un compte d’épargne et l’assistance, comparé à son salaire</translation>
    </message>
    <message>
        <source>&amp;Projector Mode</source>
        <translation>Mode &amp;projecteur</translation>
    </message>
    <message>
        <source>Charts and headline figures in larger type, for a projected screen</source>
        <translation>Graphiques et chiffres clés en plus grands caractères, pour un écran projeté</translation>
    </message>
</context>
<context>
    <name>tideover::ui::MetadataEditor</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>A short name, e.g. &quot;Reform 2027: 65 % for 6 months&quot;</source>
        <translation>Un nom court, p. ex. « Réforme 2027 : 65 % pendant 6 mois »</translation>
    </message>
    <message>
        <source>What this scenario is for and what it assumes</source>
        <translation>À quoi sert ce scénario et ce qu&apos;il suppose</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Who prepared it (person or unit)</source>
        <translation>Qui l&apos;a préparé (personne ou service)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Pays ou région</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>e.g. VND, THB, IDR</source>
        <translation>p. ex. VND, THB, IDR</translation>
    </message>
    <message>
        <source>&lt;p&gt;The currency code every amount is shown in (ISO 4217 where there is one, such as VND or THB). Amounts are not converted: the code only names them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le code de la devise dans laquelle chaque montant est affiché (ISO 4217 s&apos;il existe, comme VND ou THB). Les montants ne sont pas convertis : le code ne fait que les nommer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation>Code de devise</translation>
    </message>
</context>
<context>
    <name>tideover::ui::NumberSpinBox</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
</context>
<context>
    <name>tideover::ui::PackageCostChart</name>
    <message>
        <source>Cost of the package, by who pays</source>
        <translation>Coût du dispositif, par payeur</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Employeurs</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Salariés</translation>
    </message>
    <message>
        <source>The state</source>
        <translation>L’État</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Par an</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>% of insured wages</source>
        <translation>% des salaires assurés</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>% du PIB</translation>
    </message>
</context>
<context>
    <name>tideover::ui::PackageCoverageChart</name>
    <message>
        <source>Share of the unemployed protected</source>
        <translation>Part des chômeurs protégés</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <source>Savings accounts</source>
        <translation>Comptes d’épargne</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Any part</source>
        <translation>Au moins une part</translation>
    </message>
    <message>
        <source>Paid severance (of those who lost a job)</source>
        <translation>Indemnité versée (parmi les licenciés)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>tideover::ui::PackageView</name>
    <message>
        <source>Money</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>% of insured wages</source>
        <translation>% des salaires assurés</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>% du PIB</translation>
    </message>
    <message>
        <source>The cost in money, as a share of insured wages, or as a share of GDP (when the scenario gives GDP in its Economy keys)</source>
        <translation>Le coût en monnaie, en part des salaires assurés ou en part du PIB (quand le scénario donne le PIB dans ses clés Économie)</translation>
    </message>
    <message>
        <source>Cost per &amp;year in:</source>
        <translation>Coût annuel &amp;en :</translation>
    </message>
    <message>
        <source>By part and payer in:</source>
        <translation>Par part et par payeur en :</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Employeurs</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Salariés</translation>
    </message>
    <message>
        <source>The state</source>
        <translation>L’État</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <source>Severance pay</source>
        <translation>Indemnité de licenciement</translation>
    </message>
    <message>
        <source>Savings accounts</source>
        <translation>Comptes d’épargne</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Cost by who pays</source>
        <translation>Coût par payeur</translation>
    </message>
    <message>
        <source>Share of the unemployed protected</source>
        <translation>Part des chômeurs protégés</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Graphique :</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ParameterField</name>
    <message>
        <source>Source (law, report, year) or assumption</source>
        <translation>Source (loi, rapport, année) ou hypothèse</translation>
    </message>
    <message>
        <source>Source of the durations (law, report, year) or assumption</source>
        <translation>Source des durées (loi, rapport, année) ou hypothèse</translation>
    </message>
    <message>
        <source>Source of the shares (law, report, year) or assumption</source>
        <translation>Source des parts (loi, rapport, année) ou hypothèse</translation>
    </message>
    <message>
        <source>Duration classes</source>
        <translation>Classes de durée</translation>
    </message>
    <message>
        <source>By year…</source>
        <translation>Par année…</translation>
    </message>
    <message>
        <source>Let the value change from a given year onward</source>
        <translation>Faire varier la valeur à partir d&apos;une année donnée</translation>
    </message>
    <message>
        <source>Where this value comes from: a law, a report and its year, or &quot;assumption:&quot; and why</source>
        <translation>D&apos;où vient cette valeur : une loi, un rapport et son année, ou « hypothèse : » et pourquoi</translation>
    </message>
    <message>
        <source>Required: enter a value (%1).</source>
        <translation>Obligatoire : saisissez une valeur (%1).</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range: %2.</source>
        <translation>%1 est hors de la plage autorisée : %2.</translation>
    </message>
    <message>
        <source>%1 in %2 is outside the allowed range: %3.</source>
        <translation>%1 en %2 est hors de la plage autorisée : %3.</translation>
    </message>
    <message>
        <source>%1 in row %2 is outside the allowed range: %3.</source>
        <translation>%1 à la ligne %2 est hors de la plage autorisée : %3.</translation>
    </message>
    <message>
        <source>Change duration classes</source>
        <translation>Modifier les classes de durée</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>À partir de %1 : %2</translation>
    </message>
</context>
<context>
    <name>tideover::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>Same as language</source>
        <translation>Comme la langue</translation>
    </message>
    <message>
        <source>Thousands separators and the decimal mark of every number shown. Results are redrawn at once; scenario files are not affected.</source>
        <translation>Les séparateurs de milliers et la marque décimale de chaque nombre affiché. Les résultats sont redessinés aussitôt ; les fichiers de scénario ne sont pas modifiés.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>The projection horizon of a new scenario made with File &gt; New from &gt; the default scenario (Ctrl+N). The other built-in scenarios, opened files and recovered work keep their own horizons.</source>
        <translation>L&apos;horizon de projection d&apos;un nouveau scénario créé par Fichier &gt; Nouveau à partir de &gt; le scénario par défaut (Ctrl+N). Les autres scénarios intégrés, les fichiers ouverts et le travail récupéré gardent leur propre horizon.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often a copy of unsaved work is kept, so a crash loses at most this much.</source>
        <translation>La fréquence à laquelle une copie du travail non enregistré est conservée : un plantage en perd au plus autant.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Charts follow the desktop&apos;s light or dark theme, or always use one (light charts print and project well).</source>
        <translation>Les graphiques suivent le thème clair ou sombre du bureau, ou en utilisent toujours un (les graphiques clairs s&apos;impriment et se projettent bien).</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Number format:</source>
        <translation>Format des &amp;nombres :</translation>
    </message>
    <message>
        <source>Default &amp;horizon:</source>
        <translation>&amp;Horizon par défaut :</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Sauvegarde &amp;automatique toutes les :</translation>
    </message>
    <message>
        <source>&amp;Chart theme:</source>
        <translation>&amp;Thème des graphiques :</translation>
    </message>
    <message>
        <source>The language of menus, labels, messages, reports and the workshop exercises. Applies at once.</source>
        <translation>La langue des menus, libellés, messages, rapports et exercices d&apos;atelier. S&apos;applique immédiatement.</translation>
    </message>
    <message>
        <source>&amp;Trainer mode: exercises show their answers</source>
        <translation>Mode f&amp;ormateur : les exercices montrent leurs réponses</translation>
    </message>
    <message>
        <source>For the trainer&apos;s own computer: the exercise panel shows each question&apos;s answer and the debrief. Start Tideover with --trainer for one session instead.</source>
        <translation>Pour l&apos;ordinateur du formateur : le panneau des exercices montre la réponse de chaque question et le bilan. Pour une seule session, lancez plutôt Tideover avec --trainer.</translation>
    </message>
    <message>
        <source>&amp;Projector mode: larger type in charts and headline figures</source>
        <translation>Mode &amp;projecteur : graphiques et chiffres clés en plus grands caractères</translation>
    </message>
    <message>
        <source>For a workshop room reading a projected screen: chart titles, axes, legends and the headline figures in larger type. Training &gt; Projector Mode (F9) switches it at any time; start Tideover with --projector for one session.</source>
        <translation>Pour une salle d&apos;atelier qui lit un écran projeté : titres, axes et légendes des graphiques et chiffres clés en plus grands caractères. Formation &gt; Mode projecteur (F9) l&apos;active ou le désactive à tout moment ; lancez Tideover avec --projector pour une seule session.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::RatesChart</name>
    <message>
        <source>Contribution rate and cost rate</source>
        <translation>Taux de cotisation et taux de coût</translation>
    </message>
    <message>
        <source>Contribution rate</source>
        <translation>Taux de cotisation</translation>
    </message>
    <message>
        <source>Cost rate</source>
        <translation>Taux de coût</translation>
    </message>
    <message>
        <source>Break-even rate</source>
        <translation>Taux d&apos;équilibre</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>% of insured wages</source>
        <translation>% des salaires assurés</translation>
    </message>
    <message>
        <source>Actual cost rate</source>
        <translation>Taux de coût réel</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Every report has a title page, the summary in plain words, the ILO standards check, the parameters with their sources and the annual table. Add:</source>
        <translation>Tout rapport comprend une page de titre, le résumé en langage clair, la vérification des normes de l&apos;OIT, les paramètres avec leurs sources et le tableau annuel. Ajouter :</translation>
    </message>
    <message>
        <source>The result &amp;charts</source>
        <translation>Les &amp;graphiques des résultats</translation>
    </message>
    <message>
        <source>Reserve, income and spending, beneficiaries and coverage, rates.</source>
        <translation>Réserve, recettes et dépenses, bénéficiaires et couverture, taux.</translation>
    </message>
    <message>
        <source>The &amp;stress test</source>
        <translation>Le &amp;test de résistance</translation>
    </message>
    <message>
        <source>“%1”, </source>
        <translation>« %1 », </translation>
    </message>
    <message>
        <source>The Stress test page&apos;s recession, %1unemployment up %2 points from %3, at its peak after %4 months and back after %5 more.</source>
        <translation>La récession de la page Test de résistance, %1chômage en hausse de %2 points à partir de %3, au plus haut après %4 mois et revenu à son niveau %5 mois plus tard.</translation>
    </message>
    <message>
        <source>The s&amp;tochastic projection</source>
        <translation>La projection s&amp;tochastique</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>&amp;Lancer maintenant</translation>
    </message>
    <message>
        <source>The c&amp;omparison</source>
        <translation>La c&amp;omparaison</translation>
    </message>
    <message>
        <source>With the scenario pinned on the Compare page: %1.</source>
        <translation>Avec le scénario épinglé sur la page Comparer : %1.</translation>
    </message>
    <message>
        <source>With the %1 scenarios pinned on the Compare page: %2.</source>
        <translation>Avec les %1 scénarios épinglés sur la page Comparer : %2.</translation>
    </message>
    <message>
        <source>No scenario is pinned on the Compare page.</source>
        <translation>Aucun scénario n&apos;est épinglé sur la page Comparer.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Not available.</source>
        <translation>Non disponible.</translation>
    </message>
    <message>
        <source>The Risk page&apos;s run: %1 random futures, seed %2.</source>
        <translation>La simulation de la page Risque : %1 avenirs aléatoires, graine %2.</translation>
    </message>
    <message>
        <source>Running on the Risk page…</source>
        <translation>Simulation en cours sur la page Risque…</translation>
    </message>
    <message>
        <source>The Risk page&apos;s run is of an earlier state of the scenario.</source>
        <translation>La simulation de la page Risque porte sur un état antérieur du scénario.</translation>
    </message>
    <message>
        <source>Not run yet for this scenario.</source>
        <translation>Pas encore lancée pour ce scénario.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::GroupsChart</name>
    <message>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Employeurs</translation>
    </message>
    <message>
        <source>The state</source>
        <translation>L&apos;État</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Prestations</translation>
    </message>
    <message>
        <source>Other spending</source>
        <translation>Autres dépenses</translation>
    </message>
    <message>
        <source>Paid in (left bar) and drawn out (right bar)</source>
        <translation>Versé (barre de gauche) et reçu (barre de droite)</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ReportWriter</name>
    <message>
        <source>%1 from employees</source>
        <translation>%1 par les salariés</translation>
    </message>
    <message>
        <source>%1 from employers</source>
        <translation>%1 par les employeurs</translation>
    </message>
    <message>
        <source>%1 from the government</source>
        <translation>%1 par l&apos;État</translation>
    </message>
    <message>
        <source>for %1 months</source>
        <translation>pendant %1 mois</translation>
    </message>
    <message>
        <source>for %1 to %2 months, depending on the contribution record</source>
        <translation>pendant %1 à %2 mois, selon la durée de cotisation</translation>
    </message>
    <message>
        <source>Contributions of %1 of insured wages</source>
        <translation>Des cotisations de %1 des salaires assurés</translation>
    </message>
    <message>
        <source> pay for benefits of %1 of the reference wage %2</source>
        <translation> financent des prestations de %1 du salaire de référence %2</translation>
    </message>
    <message>
        <source>, after a waiting period of %1 days</source>
        <translation>, après un délai de carence de %1 jours</translation>
    </message>
    <message>
        <source>The contribution rate is adjusted, between %1 and %2, to keep the reserve between %3 and %4 of spending.</source>
        <translation>Le taux de cotisation est ajusté, entre %1 et %2, pour maintenir la réserve entre %3 et %4 des dépenses.</translation>
    </message>
    <message>
        <source>its lowest level is %1 of spending, in %2</source>
        <translation>son niveau le plus bas est de %1 des dépenses, en %2</translation>
    </message>
    <message>
        <source>The reserve runs out in %1.</source>
        <translation>La réserve s&apos;épuise en %1.</translation>
    </message>
    <message>
        <source>The reserve never runs out.</source>
        <translation>La réserve ne s&apos;épuise jamais.</translation>
    </message>
    <message>
        <source>The reserve never runs out; %1.</source>
        <translation>La réserve ne s&apos;épuise jamais ; %1.</translation>
    </message>
    <message>
        <source>The contribution rate that just reaches the target of %1 of spending in %2 is %3.</source>
        <translation>Le taux de cotisation qui atteint tout juste la cible de %1 des dépenses en %2 est de %3.</translation>
    </message>
    <message>
        <source>No contribution rate from 0 to 100 % reaches the target of %1 of spending in %2.</source>
        <translation>Aucun taux de cotisation entre 0 et 100 % n&apos;atteint la cible de %1 des dépenses en %2.</translation>
    </message>
    <message>
        <source>Benefits reach %1 of the unemployed in %2 and %3 in %4.</source>
        <translation>Les prestations atteignent %1 des chômeurs en %2 et %3 en %4.</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Scénario sans titre</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reserve ratio at the horizon (%1)</source>
        <translation>Ratio de réserve à l&apos;horizon (%1)</translation>
    </message>
    <message>
        <source>Lowest reserve ratio</source>
        <translation>Ratio de réserve le plus bas</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Reserve depleted</source>
        <translation>Réserve épuisée</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Break-even contribution rate</source>
        <translation>Taux de cotisation d&apos;équilibre</translation>
    </message>
    <message>
        <source>none in 0–100 %</source>
        <translation>aucun entre 0 et 100 %</translation>
    </message>
    <message>
        <source>Contribution rate (%1)</source>
        <translation>Taux de cotisation (%1)</translation>
    </message>
    <message>
        <source>Cost rate (%1 → %2)</source>
        <translation>Taux de coût (%1 → %2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Effective coverage (%1 → %2)</source>
        <translation>Couverture effective (%1 → %2)</translation>
    </message>
    <message>
        <source>Reserve at the end of %1</source>
        <translation>Réserve à la fin de %1</translation>
    </message>
    <message>
        <source>The reserve ratio is the reserve at the end of a year in years of that year&apos;s spending. The break-even rate is the flat total contribution rate at which the reserve at the horizon equals the target ratio times the last year&apos;s spending. Effective coverage is beneficiaries as a share of the unemployed.</source>
        <translation>Le ratio de réserve est la réserve à la fin d&apos;une année en années de dépenses de cette année. Le taux d&apos;équilibre est le taux de cotisation total uniforme pour lequel la réserve à l&apos;horizon égale le ratio cible multiplié par les dépenses de la dernière année. La couverture effective est la part des chômeurs qui sont bénéficiaires.</translation>
    </message>
    <message>
        <source>Parameter and key</source>
        <translation>Paramètre et clé</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>aucune source indiquée</translation>
    </message>
    <message>
        <source>Money in %1, nominal. Persons in thousands. Rates as percentages of the insured wage bill; the reserve ratio in years of the year&apos;s spending. The full table of %2 columns is available as CSV (tideover-cli project).</source>
        <translation>Montants en %1, nominaux. Personnes en milliers. Taux en pourcentage de la masse salariale assurée ; le ratio de réserve en années de dépenses de l&apos;année. Le tableau complet de %2 colonnes est disponible en CSV (tideover-cli project).</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Insured (’000)</source>
        <translation>Assurés (milliers)</translation>
    </message>
    <message>
        <source>Benefi­ciaries (’000)</source>
        <translation>Bénéfi­ciaires (milliers)</translation>
    </message>
    <message>
        <source>Contri­bution rate</source>
        <translation>Taux de coti­sation</translation>
    </message>
    <message>
        <source>Contri­butions</source>
        <translation>Coti­sations</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>Reserve ratio (years)</source>
        <translation>Ratio de réserve (années)</translation>
    </message>
    <message>
        <source>Cost rate</source>
        <translation>Taux de coût</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couver­ture</translation>
    </message>
    <message>
        <source>The design against Convention No. 102 (1952), Part IV, and Convention No. 168 (1988). The check compares the scenario&apos;s parameters, not its projected figures, with the minima the conventions set.</source>
        <translation>La conception confrontée à la convention nº 102 (1952), partie IV, et à la convention nº 168 (1988). La vérification compare les paramètres du scénario, et non ses chiffres projetés, aux minima fixés par les conventions.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Norme</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>falls short</source>
        <translation>insuffisant</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Half of the futures have run out of reserve by %1.</source>
        <translation>La moitié des avenirs ont épuisé la réserve en %1.</translation>
    </message>
    <message>
        <source>In most futures the reserve does not run out.</source>
        <translation>Dans la plupart des avenirs, la réserve ne s&apos;épuise pas.</translation>
    </message>
    <message>
        <source>Reserve ratio, 5th percentile</source>
        <translation>Ratio de réserve, 5e centile</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95e centile</translation>
    </message>
    <message>
        <source>Probability of depletion</source>
        <translation>Probabilité d&apos;épuisement</translation>
    </message>
    <message>
        <source>%1recession from %2: unemployment rises by %3 points over %4 months and falls back over %5 months; the peak is in %6.</source>
        <translation>%1récession à partir de %2 : le chômage augmente de %3 points en %4 mois et redescend en %5 mois ; le pic est en %6.</translation>
    </message>
    <message>
        <source>A </source>
        <translation>Une </translation>
    </message>
    <message>
        <source>“%1”: a </source>
        <translation>« %1 » : une </translation>
    </message>
    <message>
        <source>Without the recession</source>
        <translation>Sans la récession</translation>
    </message>
    <message>
        <source>With the recession</source>
        <translation>Avec la récession</translation>
    </message>
    <message>
        <source>Months of benefits the reserve covers in %1</source>
        <translation>Mois de prestations couverts par la réserve en %1</translation>
    </message>
    <message>
        <source>Unemployment insurance · financial projection</source>
        <translation>Assurance chômage · projection financière</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 years)</source>
        <translation>%1 à %2 (%3 ans)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Prepared with</source>
        <translation>Préparé avec</translation>
    </message>
    <message>
        <source>Tideover %1</source>
        <translation>Tideover %1</translation>
    </message>
    <message>
        <source>Tideover report: %1</source>
        <translation>Rapport Tideover : %1</translation>
    </message>
    <message>
        <source>Tideover %1 · %2</source>
        <translation>Tideover %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Could not write the report %1: %2.</source>
        <translation>Impossible d&apos;écrire le rapport %1 : %2.</translation>
    </message>
    <message>
        <source>The compared scenario “%1” is not valid:</source>
        <translation>Le scénario comparé « %1 » n&apos;est pas valide :</translation>
    </message>
    <message>
        <source>In the recession tested, the reserve runs out in %1 %2.</source>
        <translation>Dans la récession testée, la réserve s&apos;épuise en %1 %2.</translation>
    </message>
    <message>
        <source>Across %1 random futures, the probability that the reserve runs out by %2 is %3.</source>
        <translation>Sur %1 avenirs aléatoires, la probabilité que la réserve soit épuisée d&apos;ici %2 est de %3.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Stress test</source>
        <translation>Test de résistance</translation>
    </message>
    <message>
        <source>The months of benefits covered are the reserve at the start of the peak year divided by that year&apos;s average monthly benefit spending. The recession is laid over the scenario&apos;s own unemployment path month by month; nothing else in the scenario changes.</source>
        <translation>Les mois de prestations couverts sont la réserve au début de l&apos;année du pic divisée par la dépense mensuelle moyenne de prestations de cette année. La récession s&apos;ajoute mois par mois à la trajectoire du chômage du scénario ; rien d&apos;autre ne change dans le scénario.</translation>
    </message>
    <message>
        <source>Stochastic projection</source>
        <translation>Projection stochastique</translation>
    </message>
    <message>
        <source>%1 random futures (seed %2), with shocks to unemployment (volatility %3, persistence %4) and to the return on the reserve (volatility %5). The probability that the reserve runs out by %6 is %7. %8</source>
        <translation>%1 avenirs aléatoires (graine %2), avec des chocs sur le chômage (volatilité %3, persistance %4) et sur le rendement de la réserve (volatilité %5). La probabilité que la réserve soit épuisée d&apos;ici %6 est de %7. %8</translation>
    </message>
    <message>
        <source>The fan shows, year by year, the band holding the middle 90 % of the futures (5th to 95th percentile), the middle 50 % and the median, with the deterministic projection for comparison. The probability of depletion is the share of futures whose reserve has fallen below zero at the end of some month up to that year.</source>
        <translation>L&apos;éventail montre, année par année, la bande contenant les 90 % centraux des avenirs (du 5e au 95e centile), les 50 % centraux et la médiane, avec la projection déterministe pour comparaison. La probabilité d&apos;épuisement est la part des avenirs dont la réserve est passée sous zéro à la fin d&apos;un mois jusqu&apos;à cette année.</translation>
    </message>
    <message>
        <source>%1 (this report)</source>
        <translation>%1 (ce rapport)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Comparison with other scenarios</source>
        <translation>Comparaison avec d&apos;autres scénarios</translation>
    </message>
    <message>
        <source>This scenario beside one other: the headline figures of each, the reserve ratio of each over the years, and every parameter on which they differ.</source>
        <translation>Ce scénario à côté d&apos;un autre : les chiffres clés de chacun, le ratio de réserve de chacun au fil des années et chaque paramètre sur lequel ils diffèrent.</translation>
    </message>
    <message>
        <source>This scenario beside %1 others: the headline figures of each, the reserve ratio of each over the years, and every parameter on which they differ.</source>
        <translation>Ce scénario à côté de %1 autres : les chiffres clés de chacun, le ratio de réserve de chacun au fil des années et chaque paramètre sur lequel ils diffèrent.</translation>
    </message>
    <message>
        <source>Parameters that differ</source>
        <translation>Paramètres qui diffèrent</translation>
    </message>
    <message>
        <source>The scenarios have the same parameters.</source>
        <translation>Les scénarios ont les mêmes paramètres.</translation>
    </message>
    <message>
        <source>Values in bold differ from this scenario&apos;s. Money is in each scenario&apos;s own currency.</source>
        <translation>Les valeurs en gras diffèrent de celles de ce scénario. Les montants sont dans la monnaie de chaque scénario.</translation>
    </message>
    <message>
        <source>ILO minimum standards</source>
        <translation>Normes minimales de l&apos;OIT</translation>
    </message>
    <message>
        <source>Parameters and their sources</source>
        <translation>Paramètres et leurs sources</translation>
    </message>
    <message>
        <source>Annual results</source>
        <translation>Résultats annuels</translation>
    </message>
    <message>
        <source>%1 year</source>
        <translation>%1 an</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>%1 falling to %2</source>
        <translation>%1, descendant à %2</translation>
    </message>
    <message>
        <source>billions of %1</source>
        <translation>milliards de %1</translation>
    </message>
    <message>
        <source>millions of %1</source>
        <translation>millions de %1</translation>
    </message>
    <message>
        <source>thousands of %1</source>
        <translation>milliers de %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The scenario has errors; fix them before exporting a report.</source>
        <translation>Le scénario contient des erreurs ; corrigez-les avant d&apos;exporter un rapport.</translation>
    </message>
    <message>
        <source>Could not build the report: %1</source>
        <translation>Impossible de produire le rapport : %1</translation>
    </message>
    <message>
        <source>About this scenario</source>
        <translation>À propos de ce scénario</translation>
    </message>
    <message>
        <source>The design and its outcome</source>
        <translation>Le dispositif et ses résultats</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>From %1, new claims get benefits of %2 of the reference wage; claimants already on benefit keep their rule.</source>
        <translation>À partir de %1, les nouvelles demandes reçoivent des prestations de %2 du salaire de référence ; les bénéficiaires déjà indemnisés gardent leur règle.</translation>
    </message>
    <message>
        <source>Against the history: back-test and monitoring</source>
        <translation>Face à l&apos;historique : test rétrospectif et suivi</translation>
    </message>
    <message>
        <source>The scenario records the scheme&apos;s actual figures for %1 to %2. The back-test projects the scenario over the history&apos;s years and compares its figures with the actual ones; the monitoring indicators follow the scheme from the history into the projection.</source>
        <translation>Le scénario contient les chiffres réels du régime de %1 à %2. Le test rétrospectif projette le scénario sur les années de l&apos;historique et compare ses chiffres aux chiffres réels ; les indicateurs de suivi accompagnent le régime de l&apos;historique jusque dans la projection.</translation>
    </message>
    <message>
        <source>Back-test</source>
        <translation>Test rétrospectif</translation>
    </message>
    <message>
        <source>Projected from %1 to %2, the scenario&apos;s start moved to %1.</source>
        <translation>Projeté de %1 à %2, le début du scénario déplacé en %1.</translation>
    </message>
    <message>
        <source>The history records no figure of those years that the projection gives.</source>
        <translation>L&apos;historique ne donne, pour ces années, aucun chiffre que la projection calcule.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Years compared</source>
        <translation>Années comparées</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>Erreur absolue moyenne</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Biais</translation>
    </message>
    <message>
        <source>The mean absolute error is the average of |projected − actual| / |actual| over the years compared; the bias is the average of (projected − actual) / |actual|: above 0 the projection runs high.</source>
        <translation>L&apos;erreur absolue moyenne est la moyenne de |projeté − réel| / |réel| sur les années comparées ; le biais est la moyenne de (projeté − réel) / |réel| : au-dessus de 0, la projection est trop haute.</translation>
    </message>
    <message>
        <source>The back-test could not run: %1.</source>
        <translation>Le test rétrospectif n&apos;a pas pu s&apos;exécuter : %1.</translation>
    </message>
    <message>
        <source>Monitoring indicators</source>
        <translation>Indicateurs de suivi</translation>
    </message>
    <message>
        <source>Figures in bold are actual: computed from the history&apos;s figures. The others are projected. The average high-cost multiple (US Department of Labor) is the reserve over the year&apos;s covered wages divided by the mean of the three highest benefit cost rates of the last 20 years, actual where recorded; the projection&apos;s own high-cost multiple uses projected years only. Effective coverage is of the labour force; the coverage of the unemployed is the SDG indicator 1.3.1.</source>
        <translation>Les chiffres en gras sont réels : calculés à partir des chiffres de l&apos;historique. Les autres sont projetés. Le multiple moyen de coût élevé (ministère du Travail des États-Unis) est la réserve rapportée aux salaires couverts de l&apos;année, divisée par la moyenne des trois taux de coût des prestations les plus élevés des 20 dernières années, réels là où ils sont connus ; le multiple de coût élevé propre à la projection n&apos;utilise que les années projetées. La couverture effective est celle de la population active ; la couverture des chômeurs est l&apos;indicateur ODD 1.3.1.</translation>
    </message>
    <message>
        <source>In the recession tested, from %1, the reserve ratio is lowest in %2, at %3 of spending (%4 without the recession); the reserve does not run out.</source>
        <translation>Dans la récession testée, à partir de %1, le ratio de réserve est au plus bas en %2, à %3 de dépenses (%4 sans la récession) ; la réserve ne s&apos;épuise pas.</translation>
    </message>
    <message>
        <source>Lowest reserve ratio from %1, the recession&apos;s start</source>
        <translation>Ratio de réserve le plus bas à partir de %1, début de la récession</translation>
    </message>
    <message>
        <source>No future runs out of reserve by %1, so the chart of the probability of depletion is left out.</source>
        <translation>Dans aucun des futurs la réserve ne s&apos;épuise d&apos;ici %1 ; le graphique de la probabilité d&apos;épuisement est donc omis.</translation>
    </message>
    <message>
        <source>Main group</source>
        <translation>Groupe principal</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>Summed over %1–%2 (%3)</source>
        <translation>Cumul %1–%2 (%3)</translation>
    </message>
    <message>
        <source>The group “%1” pays in %2 more than it draws out.</source>
        <translation>Le groupe « %1 » verse %2 de plus qu&apos;il ne reçoit.</translation>
    </message>
    <message>
        <source>The group “%1” draws out %2 times what it pays in.</source>
        <translation>Le groupe « %1 » reçoit %2 fois ce qu&apos;il verse.</translation>
    </message>
    <message>
        <source>The group “%1” draws out %2 and pays nothing in.</source>
        <translation>Le groupe « %1 » reçoit %2 et ne verse rien.</translation>
    </message>
    <message>
        <source>The group “%1” pays in as much as it draws out.</source>
        <translation>Le groupe « %1 » verse autant qu&apos;il reçoit.</translation>
    </message>
    <message>
        <source>Together the groups pay in %1 more than they draw out.</source>
        <translation>Ensemble, les groupes versent %1 de plus qu&apos;ils ne reçoivent.</translation>
    </message>
    <message>
        <source>Together the groups draw out %1 more than they pay in; the reserve and its return make up the difference.</source>
        <translation>Ensemble, les groupes reçoivent %1 de plus qu&apos;ils ne versent ; la réserve et son rendement comblent l&apos;écart.</translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <translation>De %1 à %2 :</translation>
    </message>
    <message>
        <source>Worker groups</source>
        <translation>Groupes de travailleurs</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>The insured form %1 groups: %2. They pay into one fund; this section shows what each group pays in and what it draws out.</source>
        <translation>Les assurés forment %1 groupes : %2. Ils cotisent à un fonds unique ; cette section montre ce que chaque groupe verse et ce qu&apos;il reçoit.</translation>
    </message>
    <message>
        <source>Who pays, who draws, %1–%2</source>
        <translation>Qui paie, qui reçoit, %1–%2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Travail­leurs</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Em­ployeurs</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Presta­tions</translation>
    </message>
    <message>
        <source>All spending</source>
        <translation>Dépenses totales</translation>
    </message>
    <message>
        <source>Cross-subsidy</source>
        <translation>Solidarité entre groupes</translation>
    </message>
    <message>
        <source>Money in %1, nominal, summed over %2–%3. Paid in: the contributions of the group&apos;s workers and of their employers, and what the state pays for the group (its contributions, its subsidy of low incomes and its share of the benefits). All spending: benefits, other benefit-related spending and administration. The cross-subsidy is what a group pays in minus what it draws out: above zero it pays for others.</source>
        <translation>Montants en %1, nominaux, cumulés sur %2–%3. Versé : les cotisations des travailleurs du groupe et de leurs employeurs, et ce que l&apos;État paie pour le groupe (ses cotisations, sa subvention des bas revenus et sa part des prestations). Dépenses totales : prestations, autres dépenses liées aux prestations et gestion. La solidarité entre groupes est ce qu&apos;un groupe verse moins ce qu&apos;il reçoit : au-dessus de zéro, il paie pour les autres.</translation>
    </message>
    <message>
        <source>By group in %1, %2 and %3</source>
        <translation>Par groupe en %1, %2 et %3</translation>
    </message>
    <message>
        <source>By group, year by year</source>
        <translation>Par groupe, année par année</translation>
    </message>
    <message>
        <source>Benefits / contri­butions</source>
        <translation>Prestations / coti­sations</translation>
    </message>
    <message>
        <source>Money in %1, nominal. The cost rate is the group&apos;s spending as a share of its insured wages; benefits / contributions is the group&apos;s benefits over its contributions (a dash when it pays none). The fund&apos;s reserve is one for all groups: the annual results and the headline figures are those of all groups together.</source>
        <translation>Montants en %1, nominaux. Le taux de coût est la dépense du groupe rapportée à ses salaires assurés ; prestations / cotisations rapporte les prestations du groupe à ses cotisations (un tiret s&apos;il n&apos;en verse pas). La réserve du fonds est commune à tous les groupes : les résultats annuels et les chiffres clés sont ceux de l&apos;ensemble des groupes.</translation>
    </message>
    <message>
        <source>Protection package</source>
        <translation>Protection des chômeurs</translation>
    </message>
    <message>
        <source>unemployment insurance</source>
        <translation>l’assurance chômage</translation>
    </message>
    <message>
        <source>severance pay</source>
        <translation>les indemnités de licenciement</translation>
    </message>
    <message>
        <source>individual savings accounts</source>
        <translation>des comptes d’épargne individuels</translation>
    </message>
    <message>
        <source>unemployment assistance</source>
        <translation>l’assistance chômage</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>The package protecting the unemployed combines %1. This section shows what each part costs, who pays for it (employers, workers, the state) and how many of the unemployed it reaches.</source>
        <translation>La protection des chômeurs associe %1. Cette section montre ce que coûte chaque volet, qui le paie (employeurs, travailleurs, État) et combien de chômeurs il atteint.</translation>
    </message>
    <message>
        <source>In %1 the package costs %2 (%3 of covered wages); employers bear %4 of it, workers %5 and the state %6.</source>
        <translation>En %1, la protection coûte %2 (%3 des salaires couverts) ; les employeurs en supportent %4, les travailleurs %5 et l’État %6.</translation>
    </message>
    <message>
        <source>It protects %1 of the unemployed, against %2 by the insurance alone.</source>
        <translation>Elle protège %1 des chômeurs, contre %2 pour l’assurance seule.</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <source>Severance pay</source>
        <translation>Indemnités de licenciement</translation>
    </message>
    <message>
        <source>Savings accounts</source>
        <translation>Comptes d’épargne</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Cost by part and payer in %1, %2 and %3</source>
        <translation>Coût par volet et par payeur en %1, %2 et %3</translation>
    </message>
    <message>
        <source>Cost by part and payer</source>
        <translation>Coût par volet et par payeur</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Volet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>% of wages</source>
        <translation>% des salaires</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>% du PIB</translation>
    </message>
    <message>
        <source>Money in %1, nominal. Insurance: the contributions by payer, the state&apos;s including its subsidy and transfers. Severance pay: what employers pay directly and into a severance fund. Savings accounts: the contributions into the accounts and the solidarity fund (the workers&apos; own savings, returned to them). Assistance: benefits and their administration. % of wages: of the covered wage bill.</source>
        <translation>Montants en %1, nominaux. Assurance : les cotisations par payeur, celles de l’État avec sa subvention et ses transferts. Indemnités de licenciement : ce que les employeurs paient directement et au fonds d’indemnités. Comptes d’épargne : les versements aux comptes et au fonds de solidarité (l’épargne propre des travailleurs, qui leur revient). Assistance : les prestations et leur gestion. % des salaires : de la masse salariale couverte.</translation>
    </message>
    <message>
        <source>The scenario gives no GDP, so there are no ratios to GDP.</source>
        <translation>Le scénario ne donne pas de PIB : pas de rapports au PIB.</translation>
    </message>
    <message>
        <source>Who is protected in %1, %2 and %3</source>
        <translation>Qui est protégé en %1, %2 et %3</translation>
    </message>
    <message>
        <source>Who is protected</source>
        <translation>Qui est protégé</translation>
    </message>
    <message>
        <source>Unemployed on insurance benefits</source>
        <translation>Chômeurs indemnisés par l’assurance</translation>
    </message>
    <message>
        <source>Unemployed drawing on a savings account</source>
        <translation>Chômeurs qui puisent dans un compte d’épargne</translation>
    </message>
    <message>
        <source>Unemployed on assistance</source>
        <translation>Chômeurs à l’assistance</translation>
    </message>
    <message>
        <source>Unemployed protected by any part</source>
        <translation>Chômeurs protégés par un volet ou un autre</translation>
    </message>
    <message>
        <source>Job losers paid severance</source>
        <translation>Licenciés indemnisés</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Shares of the unemployed (the year&apos;s average), each person counted once in “any part”: an insured job loser draws on the account first. Job losers paid severance: of those who lost a job in the year.</source>
        <translation>Parts des chômeurs (moyenne de l’année), chaque personne comptée une fois dans « un volet ou un autre » : un licencié assuré puise d’abord dans son compte. Licenciés indemnisés : parmi ceux qui ont perdu leur emploi dans l’année.</translation>
    </message>
    <message>
        <source>Cost by payer, %1–%2</source>
        <translation>Coût par payeur, %1–%2</translation>
    </message>
    <message>
        <source>Cost of the protection package by payer</source>
        <translation>Coût de la protection par payeur</translation>
    </message>
    <message>
        <source>Job losses of the insured are multiplied by %1 in every month of the recession.</source>
        <translation>Les pertes d&apos;emploi des assurés sont multipliées par %1 chaque mois de la récession.</translation>
    </message>
    <message>
        <source>The group “%1” is hit harder: its job losses are also multiplied by %2 over the recession.</source>
        <translation>Le groupe « %1 » est plus durement touché : ses pertes d&apos;emploi sont en outre multipliées par %2 pendant la récession.</translation>
    </message>
    <message>
        <source>The months of benefits covered are the reserve at the start of the peak year divided by that year&apos;s average monthly benefit spending. The recession is laid over the scenario&apos;s own unemployment path month by month; apart from the job losses said above, nothing else in the scenario changes.</source>
        <translation>Les mois de prestations couverts sont la réserve au début de l&apos;année du pic divisée par la dépense mensuelle moyenne de prestations de cette année. La récession s&apos;ajoute mois par mois à la trajectoire du chômage du scénario ; hormis les pertes d&apos;emploi indiquées ci-dessus, rien d&apos;autre ne change dans le scénario.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ReserveChart</name>
    <message>
        <source>Reserve fund</source>
        <translation>Fonds de réserve</translation>
    </message>
    <message>
        <source>Reserve at year end</source>
        <translation>Réserve en fin d&apos;année</translation>
    </message>
    <message>
        <source>Reserve ratio (right axis)</source>
        <translation>Ratio de réserve (axe de droite)</translation>
    </message>
    <message>
        <source>Target reserve ratio</source>
        <translation>Ratio de réserve cible</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Ratio de réserve</translation>
    </message>
    <message>
        <source>years of expenditure</source>
        <translation>années de dépenses</translation>
    </message>
    <message>
        <source>Actual reserve</source>
        <translation>Réserve réelle</translation>
    </message>
    <message>
        <source>Actual reserve ratio</source>
        <translation>Ratio de réserve réel</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ResultsTableModel</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Labour force</source>
        <translation>Population active</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Chômeurs</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Assurés</translation>
    </message>
    <message>
        <source>Separations</source>
        <translation>Pertes d&apos;emploi</translation>
    </message>
    <message>
        <source>Contributory wage bill</source>
        <translation>Masse salariale cotisable</translation>
    </message>
    <message>
        <source>Contribution rate</source>
        <translation>Taux de cotisation</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <source>New claims</source>
        <translation>Nouvelles demandes</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Prestations</translation>
    </message>
    <message>
        <source>Other expenditure</source>
        <translation>Autres dépenses</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Frais de gestion</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Investment income</source>
        <translation>Revenus des placements</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Ratio de réserve</translation>
    </message>
    <message>
        <source>Reserve to wages</source>
        <translation>Réserve / masse salariale</translation>
    </message>
    <message>
        <source>Cost rate</source>
        <translation>Taux de coût</translation>
    </message>
    <message>
        <source>Effective coverage</source>
        <translation>Couverture effective</translation>
    </message>
    <message>
        <source>Average monthly benefit</source>
        <translation>Prestation mensuelle moyenne</translation>
    </message>
    <message>
        <source>Average replacement rate</source>
        <translation>Taux de remplacement moyen</translation>
    </message>
    <message>
        <source>High-cost multiple</source>
        <translation>Multiple de coût élevé</translation>
    </message>
    <message>
        <source>State&apos;s share of benefits</source>
        <translation>Part de l&apos;État dans les prestations</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>calendar year</source>
        <translation>année civile</translation>
    </message>
    <message>
        <source>LF[y], the labour force</source>
        <translation>LF[y], la population active</translation>
    </message>
    <message>
        <source>U[y] = LF[y] × u[y], the unemployed</source>
        <translation>U[y] = LF[y] × u[y], les chômeurs</translation>
    </message>
    <message>
        <source>INS[y]: employed wage employees covered by law who contribute</source>
        <translation>INS[y] : salariés en emploi, couverts par la loi, qui cotisent</translation>
    </message>
    <message>
        <source>sum of I over the year: insured who lose their job</source>
        <translation>somme de I sur l&apos;année : assurés qui perdent leur emploi</translation>
    </message>
    <message>
        <source>12 × WB[y], the insured&apos;s contributory wages</source>
        <translation>12 × WB[y], les salaires cotisables des assurés</translation>
    </message>
    <message>
        <source>c[y], the total rate on contributory wages</source>
        <translation>c[y], le taux total sur les salaires cotisables</translation>
    </message>
    <message>
        <source>sum of CI over the year</source>
        <translation>somme de CI sur l&apos;année</translation>
    </message>
    <message>
        <source>sum of N over the year: new beneficiaries</source>
        <translation>somme de N sur l&apos;année : nouveaux bénéficiaires</translation>
    </message>
    <message>
        <source>mean of BEN over the 12 months</source>
        <translation>moyenne de BEN sur les 12 mois</translation>
    </message>
    <message>
        <source>sum of BX over the year: benefit spending</source>
        <translation>somme de BX sur l&apos;année : dépenses de prestations</translation>
    </message>
    <message>
        <source>sum of OX: benefit-related payments and active labour-market spending</source>
        <translation>somme de OX : paiements liés aux prestations et dépenses actives du marché du travail</translation>
    </message>
    <message>
        <source>sum of AX over the year</source>
        <translation>somme de AX sur l&apos;année</translation>
    </message>
    <message>
        <source>sum of TX: benefits + other expenditure + administration</source>
        <translation>somme de TX : prestations + autres dépenses + frais de gestion</translation>
    </message>
    <message>
        <source>sum of II: the reserve&apos;s return (negative while the fund borrows)</source>
        <translation>somme de II : le rendement de la réserve (négatif tant que le fonds emprunte)</translation>
    </message>
    <message>
        <source>sum of T: transfers into (+) or out of (−) the fund</source>
        <translation>somme de T : transferts vers le fonds (+) ou hors du fonds (−)</translation>
    </message>
    <message>
        <source>surplus or deficit of the year: contributions + investment_income + transfers + state_subsidy − expenditure</source>
        <translation>excédent ou déficit de l&apos;année : contributions + investment_income + transfers + state_subsidy − expenditure</translation>
    </message>
    <message>
        <source>R at the end of the year</source>
        <translation>R à la fin de l&apos;année</translation>
    </message>
    <message>
        <source>reserve / expenditure, in years (empty when expenditure is 0)</source>
        <translation>reserve / expenditure, en années (vide quand expenditure vaut 0)</translation>
    </message>
    <message>
        <source>reserve / wage_bill (empty when wage_bill is 0)</source>
        <translation>reserve / wage_bill (vide quand wage_bill vaut 0)</translation>
    </message>
    <message>
        <source>expenditure / wage_bill, the pay-as-you-go rate (empty when wage_bill is 0)</source>
        <translation>expenditure / wage_bill, le taux de répartition (vide quand wage_bill vaut 0)</translation>
    </message>
    <message>
        <source>beneficiaries / unemployed, the share of the unemployed who are paid</source>
        <translation>beneficiaries / unemployed, la part des chômeurs indemnisés</translation>
    </message>
    <message>
        <source>benefits / (12 × beneficiaries), per month (empty when beneficiaries is 0)</source>
        <translation>benefits / (12 × beneficiaries), par mois (vide quand beneficiaries vaut 0)</translation>
    </message>
    <message>
        <source>average_benefit / W[y] (empty when average_benefit is)</source>
        <translation>average_benefit / W[y] (vide quand average_benefit l&apos;est)</translation>
    </message>
    <message>
        <source>reserve_to_wages / mean of the three highest benefits / wage_bill among years 0..y; empty when that mean is 0 or undefined</source>
        <translation>reserve_to_wages / moyenne des trois plus forts benefits / wage_bill des années 0..y ; vide quand cette moyenne vaut 0 ou n&apos;est pas définie</translation>
    </message>
    <message>
        <source>sum of GS over the year: the state&apos;s share of benefits</source>
        <translation>somme de GS sur l&apos;année : la part de l&apos;État dans les prestations</translation>
    </message>
    <message>
        <source>month of the year, 1..12</source>
        <translation>mois de l&apos;année, 1..12</translation>
    </message>
    <message>
        <source>I[m]: insured who lose their job in the month</source>
        <translation>I[m] : assurés qui perdent leur emploi dans le mois</translation>
    </message>
    <message>
        <source>N[m]: new beneficiaries in the month</source>
        <translation>N[m] : nouveaux bénéficiaires du mois</translation>
    </message>
    <message>
        <source>BEN[m]: beneficiaries paid in the month</source>
        <translation>BEN[m] : bénéficiaires indemnisés dans le mois</translation>
    </message>
    <message>
        <source>CI[m]: contributions in the month</source>
        <translation>CI[m] : cotisations du mois</translation>
    </message>
    <message>
        <source>BX[m]: benefit spending in the month</source>
        <translation>BX[m] : dépenses de prestations du mois</translation>
    </message>
    <message>
        <source>OX[m]: benefit-related and active labour-market spending</source>
        <translation>OX[m] : paiements liés aux prestations et dépenses actives du marché du travail</translation>
    </message>
    <message>
        <source>AX[m]: administration in the month</source>
        <translation>AX[m] : frais de gestion du mois</translation>
    </message>
    <message>
        <source>TX[m] = BX[m] + OX[m] + AX[m], expenditure in the month</source>
        <translation>TX[m] = BX[m] + OX[m] + AX[m], dépenses du mois</translation>
    </message>
    <message>
        <source>II[m]: the reserve&apos;s return in the month</source>
        <translation>II[m] : le rendement de la réserve dans le mois</translation>
    </message>
    <message>
        <source>T[m]: the year&apos;s transfers spread over its months</source>
        <translation>T[m] : les transferts de l&apos;année répartis sur ses mois</translation>
    </message>
    <message>
        <source>R[m+1], the reserve at the end of the month</source>
        <translation>R[m+1], la réserve à la fin du mois</translation>
    </message>
    <message>
        <source>GS[m]: the state&apos;s share of benefits in the month</source>
        <translation>GS[m] : la part de l&apos;État dans les prestations du mois</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ResultsView</name>
    <message>
        <source>&amp;Reserve</source>
        <translation>&amp;Réserve</translation>
    </message>
    <message>
        <source>&amp;Income and spending</source>
        <translation>Recettes et &amp;dépenses</translation>
    </message>
    <message>
        <source>&amp;Beneficiaries</source>
        <translation>Bénéf&amp;iciaires</translation>
    </message>
    <message>
        <source>R&amp;ates</source>
        <translation>Tau&amp;x</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>One row per projection year</source>
        <translation>Une ligne par année de projection</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>One row per month: flows of the month, the reserve at its end</source>
        <translation>Une ligne par mois : les flux du mois, la réserve à sa fin</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the table shown as CSV, exactly as tideover-cli writes it</source>
        <translation>Enregistrer le tableau affiché en CSV, exactement comme tideover-cli l&apos;écrit</translation>
    </message>
    <message>
        <source>Results are out of date: fix the marked value. The table shows the last valid results.</source>
        <translation>Résultats périmés : corrigez la valeur signalée. Le tableau montre les derniers résultats valides.</translation>
    </message>
    <message>
        <source>Tab&amp;le</source>
        <translation>Tab&amp;leau</translation>
    </message>
    <message>
        <source>There are no results to export: the scenario has errors.</source>
        <translation>Il n&apos;y a aucun résultat à exporter : le scénario contient des erreurs.</translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>Exporter les résultats en CSV</translation>
    </message>
    <message>
        <source>The scenario has an error, so the table shows the last valid results, not the current values. Export them anyway?</source>
        <translation>Le scénario contient une erreur : le tableau montre les derniers résultats valides, pas les valeurs actuelles. Les exporter quand même ?</translation>
    </message>
    <message>
        <source> - monthly</source>
        <translation> - mensuel</translation>
    </message>
    <message>
        <source> - annual</source>
        <translation> - annuel</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Compare with actual figures</source>
        <translation>Comparer aux chiffres réels</translation>
    </message>
    <message>
        <source>For the years where the scenario&apos;s history overlaps the projection: the actual figure, the projected one and their difference</source>
        <translation>Pour les années où l&apos;historique du scénario recoupe la projection : le chiffre réel, le chiffre projeté et leur écart</translation>
    </message>
    <message>
        <source> - actual and projected</source>
        <translation> - réel et projeté</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Prestations</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Assurés</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Cross-subsidy (paid in minus drawn out)</source>
        <translation>Subvention croisée (versé moins perçu)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Groupes</translation>
    </message>
    <message>
        <source>&amp;Who pays, who draws</source>
        <translation>Qui paie, qui per&amp;çoit</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Severance pay, savings accounts and assistance with the insurance: what the package costs, who pays, and whom it protects</source>
        <translation>Indemnités de licenciement, comptes d’épargne et assistance avec l’assurance : ce que coûte le dispositif, qui le paie et qui il protège</translation>
    </message>
</context>
<context>
    <name>tideover::ui::RiskView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Run simulation</source>
        <translation>&amp;Lancer la simulation</translation>
    </message>
    <message>
        <source>Project the scenario along many random futures of unemployment and returns (Ctrl+R)</source>
        <translation>Projeter le scénario selon de nombreux avenirs aléatoires du chômage et des rendements (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the simulation (Esc)</source>
        <translation>Arrêter la simulation (Échap)</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>How many random futures to simulate (stochastic.paths). More paths give smoother percentiles: 10,000 take well under a second.</source>
        <translation>Combien d&apos;avenirs aléatoires simuler (stochastic.paths). Plus de trajectoires donnent des centiles plus lisses : 10 000 prennent bien moins d&apos;une seconde.</translation>
    </message>
    <message>
        <source>The seed of the random numbers (stochastic.seed): the same seed gives exactly the same results on any computer; another seed gives another sample of futures.</source>
        <translation>La graine des nombres aléatoires (stochastic.seed) : la même graine donne exactement les mêmes résultats sur tout ordinateur ; une autre graine donne un autre échantillon d&apos;avenirs.</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Trajectoires</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Ratio de réserve</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>Cost rate</source>
        <translation>Taux de coût</translation>
    </message>
    <message>
        <source>Depletion</source>
        <translation>Épuisement</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The simulation failed: %1</source>
        <translation>La simulation a échoué : %1</translation>
    </message>
    <message>
        <source>each year the unemployment rate takes a random shock of typically ±1 point, %1 % of which carries into the next year</source>
        <translation>chaque année, le taux de chômage subit un choc aléatoire d&apos;environ ±1 point, dont %1 % se reporte sur l&apos;année suivante</translation>
    </message>
    <message>
        <source>each year the unemployment rate takes a random shock of typically ±%1 points, %2 % of which carries into the next year</source>
        <translation>chaque année, le taux de chômage subit un choc aléatoire d&apos;environ ±%1 points, dont %2 % se reporte sur l&apos;année suivante</translation>
    </message>
    <message>
        <source>no shocks to unemployment</source>
        <translation>aucun choc sur le chômage</translation>
    </message>
    <message>
        <source>the reserve&apos;s return varies by typically ±%1 points</source>
        <translation>le rendement de la réserve varie d&apos;environ ±%1 points</translation>
    </message>
    <message>
        <source>no shocks to the reserve&apos;s return</source>
        <translation>aucun choc sur le rendement de la réserve</translation>
    </message>
    <message>
        <source>Random futures: %1; %2. &lt;a href=&quot;stochastic.unemployment_volatility&quot;&gt;Change…&lt;/a&gt;</source>
        <translation>Avenirs aléatoires : %1 ; %2. &lt;a href=&quot;stochastic.unemployment_volatility&quot;&gt;Modifier…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Fix the marked values in the scenario first</source>
        <translation>Corrigez d&apos;abord les valeurs signalées dans le scénario</translation>
    </message>
    <message>
        <source>Computing the percentiles…</source>
        <translation>Calcul des centiles…</translation>
    </message>
    <message>
        <source>Simulating %1 paths…</source>
        <translation>Simulation de %1 trajectoires…</translation>
    </message>
    <message>
        <source>%1 paths, seed %2, in %3</source>
        <translation>%1 trajectoires, graine %2, en %3</translation>
    </message>
    <message>
        <source> — scenario changed since</source>
        <translation> — le scénario a changé depuis</translation>
    </message>
    <message>
        <source>Fix the marked values to run the simulation.</source>
        <translation>Corrigez les valeurs signalées pour lancer la simulation.</translation>
    </message>
    <message>
        <source>Press Run simulation to project many random futures</source>
        <translation>Appuyez sur Lancer la simulation pour projeter de nombreux avenirs aléatoires</translation>
    </message>
    <message>
        <source>In %1 the median reserve ratio is &lt;b&gt;%2&lt;/b&gt;; in 90 % of the futures it lies between %3 and %4.</source>
        <translation>En %1, le ratio de réserve médian est de &lt;b&gt;%2&lt;/b&gt; ; dans 90 % des avenirs, il se situe entre %3 et %4.</translation>
    </message>
    <message>
        <source>In none of the %1 futures is the reserve depleted by %2.</source>
        <translation>Dans aucun des %1 avenirs la réserve n&apos;est épuisée en %2.</translation>
    </message>
    <message>
        <source>The reserve is depleted by %1 in &lt;b&gt;%2&lt;/b&gt; of the futures%3.</source>
        <translation>La réserve est épuisée en %1 dans &lt;b&gt;%2&lt;/b&gt; des avenirs%3.</translation>
    </message>
    <message>
        <source>; half of all the simulated futures are depleted by %1</source>
        <translation>; dans la moitié de l&apos;ensemble des avenirs simulés, elle l&apos;est dès %1</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ScenarioDocument</name>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>unknown parameter %1</source>
        <translation>paramètre inconnu %1</translation>
    </message>
    <message>
        <source>Change source of %1</source>
        <translation>Modifier la source de %1</translation>
    </message>
    <message>
        <source>Change scenario details</source>
        <translation>Modifier les détails du scénario</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>The scenario has no file name yet.</source>
        <translation>Le scénario n&apos;a pas encore de nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the file in its older format (%1) before saving: the folder may be read-only. The file was not changed.</source>
        <translation>Impossible de garder une copie du fichier dans son ancien format (%1) avant d&apos;enregistrer : le dossier est peut-être en lecture seule. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The scenario has never been saved, so there is no file to revert to.</source>
        <translation>Le scénario n&apos;a jamais été enregistré : il n&apos;y a pas de fichier auquel revenir.</translation>
    </message>
    <message>
        <source>Change %1 from %2</source>
        <translation>Modifier %1 à partir de %2</translation>
    </message>
    <message>
        <source>Add %1 from %2</source>
        <translation>Ajouter %1 à partir de %2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Supprimer %1 à partir de %2</translation>
    </message>
    <message>
        <source>Change actual figure: %1 %2</source>
        <translation>Modifier un chiffre réel : %1 %2</translation>
    </message>
    <message>
        <source>Change source of actual figure: %1 %2</source>
        <translation>Modifier la source d&apos;un chiffre réel : %1 %2</translation>
    </message>
    <message>
        <source>Change notes of actual figures: %1</source>
        <translation>Modifier les notes des chiffres réels : %1</translation>
    </message>
    <message>
        <source>Remove actual figures of %1</source>
        <translation>Supprimer les chiffres réels de %1</translation>
    </message>
    <message>
        <source>unknown group key %1</source>
        <translation>clé de groupe inconnue %1</translation>
    </message>
    <message>
        <source>Add group %1</source>
        <translation>Ajouter le groupe %1</translation>
    </message>
    <message>
        <source>Remove group %1</source>
        <translation>Supprimer le groupe %1</translation>
    </message>
    <message>
        <source>Rename group %1</source>
        <translation>Renommer le groupe %1</translation>
    </message>
    <message>
        <source>Main group</source>
        <translation>Groupe principal</translation>
    </message>
    <message>
        <source>Inherit %1</source>
        <translation>Hériter %1</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ScenarioEditor</name>
    <message>
        <source>Find a parameter by name or key</source>
        <translation>Chercher un paramètre par nom ou par clé</translation>
    </message>
    <message>
        <source>Go to error</source>
        <translation>Aller à l&apos;erreur</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>No parameter matches.</source>
        <translation>Aucun paramètre ne correspond.</translation>
    </message>
    <message>
        <source>%1 in the scenario. The results shown are from the last valid version and are out of date until it is corrected.</source>
        <translation>%1 dans le scénario. Les résultats affichés proviennent de la dernière version valide et sont périmés jusqu&apos;à sa correction.</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <source>%1 in the scenario: nothing can be projected until it is corrected.</source>
        <translation>%1 dans le scénario : rien ne peut être projeté avant sa correction.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>Reforms</source>
        <translation>Réformes</translation>
    </message>
    <message>
        <source>Actual figures (history)</source>
        <translation>Chiffres réels (historique)</translation>
    </message>
    <message>
        <source>Edit Figures…</source>
        <translation>Modifier les chiffres…</translation>
    </message>
    <message>
        <source>Show the table of actual figures, a row per year</source>
        <translation>Afficher le tableau des chiffres réels, une ligne par année</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Read the actual figures from a CSV file (File ▸ Import History)</source>
        <translation>Lire les chiffres réels dans un fichier CSV (Fichier ▸ Importer l&apos;historique)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the actual figures as a CSV file (File ▸ Export History)</source>
        <translation>Enregistrer les chiffres réels dans un fichier CSV (Fichier ▸ Exporter l&apos;historique)</translation>
    </message>
    <message>
        <source>None yet. The published figures of past years (contributions, benefits, the reserve, …) show on the charts beside the projection.</source>
        <translation>Aucun pour l&apos;instant. Les chiffres publiés des années passées (cotisations, prestations, réserve, …) s&apos;affichent sur les graphiques à côté de la projection.</translation>
    </message>
    <message>
        <source>%1 (%2–%3), %4 recorded. They show on the charts as markers beside the projection.</source>
        <translation>%1 (%2–%3), %4 renseignés. Ils s&apos;affichent sur les graphiques, en repères à côté de la projection.</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 année</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 années</translation>
    </message>
    <message>
        <source>1 figure</source>
        <translation>1 chiffre</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 chiffres</translation>
    </message>
    <message>
        <source>Worker groups</source>
        <translation>Groupes de travailleurs</translation>
    </message>
    <message>
        <source>Protection package</source>
        <translation>Protection des chômeurs</translation>
    </message>
    <message>
        <source>Beside the insurance: severance pay, savings accounts and unemployment assistance. Each is off until its first setting chooses a rule.</source>
        <translation>À côté de l’assurance : indemnités de licenciement, comptes d’épargne et assistance chômage. Chacun reste désactivé tant que son premier réglage ne choisit pas une règle.</translation>
    </message>
    <message>
        <source>Applies when “%1” is %2.</source>
        <translation>S’applique quand « %1 » vaut %2.</translation>
    </message>
    <message>
        <source>This part of the package is off: choose a rule in “%1” to turn it on.</source>
        <translation>Ce volet de la protection est désactivé : choisissez une règle dans « %1 » pour l’activer.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::SensitivityView</name>
    <message>
        <source>each assumption</source>
        <translation>chaque hypothèse</translation>
    </message>
    <message>
        <source>each scheme-design setting</source>
        <translation>chaque paramètre de conception du régime</translation>
    </message>
    <message>
        <source>each assumption and design setting</source>
        <translation>chaque hypothèse et paramètre de conception</translation>
    </message>
    <message>
        <source>Assumptions: labour market, coverage, wages, economy, eligibility and reserve. Design settings: contributions, benefits, spending and the financing rule.</source>
        <translation>Hypothèses : marché du travail, couverture, salaires, économie, droit aux prestations et réserve. Paramètres de conception : cotisations, prestations, dépenses et règle de financement.</translation>
    </message>
    <message>
        <source>Each value is lowered and raised by this share of itself (10 %: a job-finding rate of 35 % becomes 31.5 % and 38.5 %), then kept within its allowed range</source>
        <translation>Chaque valeur est abaissée et relevée de cette part d&apos;elle-même (10 % : un taux de retour à l&apos;emploi de 35 % devient 31,5 % et 38,5 %), puis maintenue dans sa plage autorisée</translation>
    </message>
    <message>
        <source>the reserve ratio at the end of</source>
        <translation>le ratio de réserve à la fin de</translation>
    </message>
    <message>
        <source>the lowest reserve ratio</source>
        <translation>le ratio de réserve le plus bas</translation>
    </message>
    <message>
        <source>the break-even contribution rate</source>
        <translation>le taux de cotisation d&apos;équilibre</translation>
    </message>
    <message>
        <source>the year the reserve is depleted</source>
        <translation>l&apos;année d&apos;épuisement de la réserve</translation>
    </message>
    <message>
        <source>The year whose end-of-year reserve ratio is compared</source>
        <translation>L&apos;année dont le ratio de réserve de fin d&apos;année est comparé</translation>
    </message>
    <message>
        <source>Lower and raise</source>
        <translation>Abaisser et relever</translation>
    </message>
    <message>
        <source>by</source>
        <translation>de</translation>
    </message>
    <message>
        <source>one at a time, and show the effect on</source>
        <translation>une à la fois, et montrer l&apos;effet sur</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Lowered to</source>
        <translation>Abaissé à</translation>
    </message>
    <message>
        <source>Raised to</source>
        <translation>Relevé à</translation>
    </message>
    <message>
        <source>Effect, lowered</source>
        <translation>Effet, abaissé</translation>
    </message>
    <message>
        <source>Effect, raised</source>
        <translation>Effet, relevé</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>The analysis could not run: %1</source>
        <translation>L&apos;analyse n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>No results: the scenario has errors</source>
        <translation>Aucun résultat : le scénario contient des erreurs</translation>
    </message>
    <message>
        <source>Reserve ratio at the end of %1</source>
        <translation>Ratio de réserve à la fin de %1</translation>
    </message>
    <message>
        <source>Lowest reserve ratio</source>
        <translation>Ratio de réserve le plus bas</translation>
    </message>
    <message>
        <source>Break-even contribution rate</source>
        <translation>Taux de cotisation d&apos;équilibre</translation>
    </message>
    <message>
        <source>Year the reserve is depleted</source>
        <translation>Année d&apos;épuisement de la réserve</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>hypothèse</translation>
    </message>
    <message>
        <source>design setting</source>
        <translation>paramètre de conception</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <source>%1: each %2 lowered and raised by %3 %</source>
        <translation>%1 : chaque %2 abaissé et relevé de %3 %</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>With the scenario as given: %1. Lowered and raised values stay within their allowed range.</source>
        <translation>Avec le scénario tel quel : %1. Les valeurs abaissées et relevées restent dans leur plage autorisée.</translation>
    </message>
    <message>
        <source>No value for: %1.</source>
        <translation>Aucune valeur pour : %1.</translation>
    </message>
    <message>
        <source>Not varied, as a change by a share of itself leaves the value as it is (a value of 0 stays 0): %1.</source>
        <translation>Non modifiés, car une variation proportionnelle laisse la valeur inchangée (une valeur de 0 reste 0) : %1.</translation>
    </message>
    <message>
        <source>No effect on this measure: %1.</source>
        <translation>Sans effet sur cette mesure : %1.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::SeriesEditor</name>
    <message>
        <source>Each value holds from its year onward, until the next change.</source>
        <translation>Chaque valeur s&apos;applique à partir de son année, jusqu&apos;au changement suivant.</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>À partir de</translation>
    </message>
    <message>
        <source>Add a change</source>
        <translation>Ajouter un changement</translation>
    </message>
    <message>
        <source>Add a year from which the value changes</source>
        <translation>Ajouter une année à partir de laquelle la valeur change</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Valeur (%1)</translation>
    </message>
    <message>
        <source>The last value holds to the end of the projection (%1).</source>
        <translation>La dernière valeur s&apos;applique jusqu&apos;à la fin de la projection (%1).</translation>
    </message>
    <message>
        <source>The first projected year</source>
        <translation>La première année projetée</translation>
    </message>
    <message>
        <source>The year from which this value applies</source>
        <translation>L&apos;année à partir de laquelle cette valeur s&apos;applique</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this change</source>
        <translation>Supprimer ce changement</translation>
    </message>
    <message>
        <source>Outside the allowed range: %1</source>
        <translation>Hors de la plage autorisée : %1</translation>
    </message>
    <message>
        <source>Another change is in the same year; the lower row counts.</source>
        <translation>Un autre changement tombe la même année ; la ligne du bas compte.</translation>
    </message>
    <message>
        <source>After the end of the projection (%1): this value is never used.</source>
        <translation>Après la fin de la projection (%1) : cette valeur n&apos;est jamais utilisée.</translation>
    </message>
    <message>
        <source>Base value</source>
        <translation>Valeur de base</translation>
    </message>
    <message>
        <source>Changes from a calendar year</source>
        <translation>Changements à partir d&apos;une année civile</translation>
    </message>
    <message>
        <source>A law or reform that sets the value from a year on, until the next change; it replaces the base value above from that year.</source>
        <translation>Une loi ou une réforme qui fixe la valeur à partir d&apos;une année, jusqu&apos;au changement suivant ; elle remplace la valeur de base ci-dessus à partir de cette année.</translation>
    </message>
    <message>
        <source>None: the base value holds in every year.</source>
        <translation>Aucun : la valeur de base s&apos;applique chaque année.</translation>
    </message>
    <message>
        <source>Add a dated change</source>
        <translation>Ajouter un changement daté</translation>
    </message>
    <message>
        <source>Add a change from a calendar year on, such as a new law</source>
        <translation>Ajouter un changement à partir d&apos;une année civile, comme une nouvelle loi</translation>
    </message>
    <message>
        <source>The calendar year from which this value applies</source>
        <translation>L&apos;année civile à partir de laquelle cette valeur s&apos;applique</translation>
    </message>
    <message>
        <source>There is already a change in %1.</source>
        <translation>Il y a déjà un changement en %1.</translation>
    </message>
    <message>
        <source>Source: the law and its date</source>
        <translation>Source : la loi et sa date</translation>
    </message>
    <message>
        <source>Where this change comes from: the law, the decree or the report, and its date</source>
        <translation>D&apos;où vient ce changement : la loi, le décret ou le rapport, et sa date</translation>
    </message>
    <message>
        <source>After the horizon (%1): no effect.</source>
        <translation>Après l&apos;horizon (%1) : sans effet.</translation>
    </message>
    <message>
        <source>At or before the start year: replaces the base value from the start.</source>
        <translation>Au plus tard l&apos;année de départ : remplace la valeur de base dès le début.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::SolveDialog</name>
    <message>
        <source>Solve for the contribution rate</source>
        <translation>Résoudre le taux de cotisation</translation>
    </message>
    <message>
        <source>Solve for the replacement rate</source>
        <translation>Résoudre le taux de remplacement</translation>
    </message>
    <message>
        <source>The scenario has errors. Fix the marked values first, then solve again.</source>
        <translation>Le scénario contient des erreurs. Corrigez d&apos;abord les valeurs signalées, puis résolvez de nouveau.</translation>
    </message>
    <message>
        <source>A total contribution rate of &lt;b&gt;%1&lt;/b&gt; keeps the reserve ratio at or above %2 in every year to %3.</source>
        <translation>Un taux de cotisation total de &lt;b&gt;%1&lt;/b&gt; maintient le ratio de réserve à %2 ou plus chaque année jusqu&apos;en %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No&lt;/b&gt; total contribution rate up to 100 % keeps the reserve ratio at or above %1 in every year to %2.</source>
        <translation>&lt;b&gt;Aucun&lt;/b&gt; taux de cotisation total jusqu&apos;à 100 % ne maintient le ratio de réserve à %1 ou plus chaque année jusqu&apos;en %2.</translation>
    </message>
    <message>
        <source>The first years usually decide this: a reserve that starts below the target cannot be filled within a year by any rate. A transfer into the fund, a larger initial reserve or a lower target would help.</source>
        <translation>Les premières années décident généralement : une réserve qui part sous la cible ne peut être reconstituée en un an par aucun taux. Un transfert vers le fonds, une réserve initiale plus élevée ou une cible plus basse aideraient.</translation>
    </message>
    <message>
        <source>It is also the break-even rate, which looks at %1 alone: the last year is the one that binds.</source>
        <translation>C&apos;est aussi le taux d&apos;équilibre, qui ne regarde que %1 : la dernière année est celle qui contraint.</translation>
    </message>
    <message>
        <source>The break-even rate, which brings the reserve to %1 in %2 alone, is %3.</source>
        <translation>Le taux d&apos;équilibre, qui porte la réserve à %1 en %2 seulement, est de %3.</translation>
    </message>
    <message>
        <source>There is no break-even rate either: even with no contributions at all the reserve in %1 exceeds the target.</source>
        <translation>Il n&apos;y a pas non plus de taux d&apos;équilibre : même sans aucune cotisation, la réserve en %1 dépasse la cible.</translation>
    </message>
    <message>
        <source>There is no break-even rate either: even 100 % leaves the reserve in %1 below the target.</source>
        <translation>Il n&apos;y a pas non plus de taux d&apos;équilibre : même 100 % laisse la réserve en %1 sous la cible.</translation>
    </message>
    <message>
        <source>Today&apos;s total rate is %1.</source>
        <translation>Le taux total actuel est de %1.</translation>
    </message>
    <message>
        <source>Apply the rate that keeps the target every year (%1)</source>
        <translation>Appliquer le taux qui tient la cible chaque année (%1)</translation>
    </message>
    <message>
        <source>Apply the break-even rate (%1)</source>
        <translation>Appliquer le taux d&apos;équilibre (%1)</translation>
    </message>
    <message>
        <source>The legislated contribution rate of %1 finances even a replacement rate of &lt;b&gt;150 %&lt;/b&gt;, the highest the model allows, with the reserve at %2 of spending in %3.</source>
        <translation>Le taux de cotisation légal de %1 finance même un taux de remplacement de &lt;b&gt;150 %&lt;/b&gt;, le plus haut que le modèle permet, avec une réserve de %2 des dépenses en %3.</translation>
    </message>
    <message>
        <source>The legislated contribution rate of %1 finances a replacement rate of up to &lt;b&gt;%2&lt;/b&gt; of the reference wage, for every month of benefit, with the reserve at %3 of spending in %4.</source>
        <translation>Le taux de cotisation légal de %1 finance un taux de remplacement allant jusqu&apos;à &lt;b&gt;%2&lt;/b&gt; du salaire de référence, pour chaque mois de prestation, avec une réserve de %3 des dépenses en %4.</translation>
    </message>
    <message>
        <source>The legislated contribution rate of %1 does not reach the target in %2 &lt;b&gt;even with no benefit at all&lt;/b&gt;: administration, other spending or a debt take more than it brings in.</source>
        <translation>Le taux de cotisation légal de %1 n&apos;atteint pas la cible en %2 &lt;b&gt;même sans aucune prestation&lt;/b&gt; : l&apos;administration, les autres dépenses ou une dette absorbent plus qu&apos;il ne rapporte.</translation>
    </message>
    <message>
        <source>Today: %1 for every month of benefit.</source>
        <translation>Aujourd&apos;hui : %1 pour chaque mois de prestation.</translation>
    </message>
    <message>
        <source>Today: %1 by month of benefit.</source>
        <translation>Aujourd&apos;hui : %1 selon le mois de prestation.</translation>
    </message>
    <message>
        <source>The maximum durations stay as they are.</source>
        <translation>Les durées maximales restent inchangées.</translation>
    </message>
    <message>
        <source>Also switch the financing rule to fixed (the answer assumes the contribution rate stays fixed; the reserve-band rule would move it)</source>
        <translation>Passer aussi la règle de financement à fixe (la réponse suppose que le taux de cotisation reste fixe ; la règle reserve_band le ferait varier)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply&lt;/b&gt; sets the employee, employer and government rates to %1, %2 and %3: the government rate alone exceeds the answer, so all three are scaled down together.</source>
        <translation>&lt;b&gt;Appliquer&lt;/b&gt; fixe les taux de cotisation salarié, employeur et de l&apos;État à %1, %2 et %3 : le taux de cotisation de l&apos;État dépasse à lui seul la réponse, les trois sont donc réduits ensemble.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply&lt;/b&gt; sets the employee rate to %1 and the employer rate to %2, splitting the new total as today (%3 : %4)</source>
        <translation>&lt;b&gt;Appliquer&lt;/b&gt; fixe le taux de cotisation salarié à %1 et le taux de cotisation employeur à %2, en répartissant le nouveau total comme aujourd&apos;hui (%3 : %4)</translation>
    </message>
    <message>
        <source>; the government rate stays at %1.</source>
        <translation> ; le taux de cotisation de l&apos;État reste à %1.</translation>
    </message>
    <message>
        <source>The rates become the same in every year.</source>
        <translation>Les taux deviennent identiques chaque année.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply&lt;/b&gt; sets the replacement rate to %1 for every month of benefit.</source>
        <translation>&lt;b&gt;Appliquer&lt;/b&gt; fixe le taux de remplacement à %1 pour chaque mois de prestation.</translation>
    </message>
    <message>
        <source>The financing rule becomes fixed.</source>
        <translation>La règle de financement devient fixe.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) takes it back.</source>
        <translation>Annuler (Ctrl+Z) revient en arrière.</translation>
    </message>
    <message>
        <source>Apply solved contribution rate %1</source>
        <translation>Appliquer le taux de cotisation résolu %1</translation>
    </message>
    <message>
        <source>Apply solved replacement rate %1</source>
        <translation>Appliquer le taux de remplacement résolu %1</translation>
    </message>
    <message>
        <source>The reforms&apos; replacement rates are removed: the rate applies to every claim.</source>
        <translation>Les taux de remplacement des réformes sont supprimés : le taux s&apos;applique à toutes les demandes.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::StandardsView</name>
    <message>
        <source>The scenario has errors: fix the marked values to check it against the standards.</source>
        <translation>Le scénario comporte des erreurs : corrigez les valeurs signalées pour le comparer aux normes.</translation>
    </message>
    <message>
        <source>ILO Social Security (Minimum Standards) Convention, 1952 (No. 102), Part IV, and Employment Promotion and Protection against Unemployment Convention, 1988 (No. 168). The check compares the scheme&apos;s parameters, not its projected figures, with the minima the conventions set.</source>
        <translation>Convention (nº 102) concernant la sécurité sociale (norme minimum), 1952, partie IV, et convention (nº 168) sur la promotion de l&apos;emploi et la protection contre le chômage, 1988. La vérification compare les paramètres du régime, et non ses chiffres projetés, aux minima fixés par les conventions.</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Falls short</source>
        <translation>Insuffisant</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Meets %1 of %2 minimum standards</source>
        <translation>Conforme à %1 des %2 normes minimales</translation>
    </message>
    <message numerus="yes">
        <source> (%n not assessed)</source>
        <translation>
            <numerusform> (%n non évaluée)</numerusform>
            <numerusform> (%n non évaluées)</numerusform>
        </translation>
    </message>
    <message>
        <source>; no shortfalls.</source>
        <translation> ; aucune insuffisance.</translation>
    </message>
    <message>
        <source>; falls short on %1.</source>
        <translation> ; insuffisant sur %1.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::StressChart</name>
    <message>
        <source>Reserve ratio with and without the recession</source>
        <translation>Ratio de réserve avec et sans la récession</translation>
    </message>
    <message>
        <source>Unemployment rate (yearly average) with and without the recession</source>
        <translation>Taux de chômage (moyenne annuelle) avec et sans la récession</translation>
    </message>
    <message>
        <source>Without the recession</source>
        <translation>Sans la récession</translation>
    </message>
    <message>
        <source>With the recession</source>
        <translation>Avec la récession</translation>
    </message>
    <message>
        <source>Target reserve ratio</source>
        <translation>Ratio de réserve cible</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Ratio de réserve</translation>
    </message>
    <message>
        <source>years of expenditure</source>
        <translation>années de dépenses</translation>
    </message>
    <message>
        <source>Unemployment rate</source>
        <translation>Taux de chômage</translation>
    </message>
    <message>
        <source>Results are out of date: fix the marked value</source>
        <translation>Résultats périmés : corrigez la valeur signalée</translation>
    </message>
</context>
<context>
    <name>tideover::ui::StressTestView</name>
    <message>
        <source>2009-like: +3 points over 12 months, 24 to recover</source>
        <translation>Type 2009 : +3 points en 12 mois, 24 pour revenir</translation>
    </message>
    <message>
        <source>Severe: +6 points over 18 months, 36 to recover</source>
        <translation>Sévère : +6 points en 18 mois, 36 pour revenir</translation>
    </message>
    <message>
        <source>Sudden (2020-like): +8 points over 3 months, 18 to recover</source>
        <translation>Soudaine (type 2020) : +8 points en 3 mois, 18 pour revenir</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>The recession begins in January of this year</source>
        <translation>La récession commence en janvier de cette année</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>How far the unemployment rate rises above the scenario&apos;s at the peak, in percentage points (3 points: from 5 % to 8 %)</source>
        <translation>De combien le taux de chômage dépasse celui du scénario au pic, en points de pourcentage (3 points : de 5 % à 8 %)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Months from the start of the recession to its peak; the rise is linear</source>
        <translation>Mois entre le début de la récession et son pic ; la hausse est linéaire</translation>
    </message>
    <message>
        <source>Months from the peak back to the scenario&apos;s unemployment rate; 0 ends it at once</source>
        <translation>Mois entre le pic et le retour au taux de chômage du scénario ; 0 y met fin immédiatement</translation>
    </message>
    <message>
        <source>Recession:</source>
        <translation>Récession :</translation>
    </message>
    <message>
        <source>starts in</source>
        <translation>commence en</translation>
    </message>
    <message>
        <source>unemployment rises</source>
        <translation>le chômage augmente de</translation>
    </message>
    <message>
        <source>over</source>
        <translation>en</translation>
    </message>
    <message>
        <source>and recovers over</source>
        <translation>et revient en</translation>
    </message>
    <message>
        <source>Without</source>
        <translation>Sans</translation>
    </message>
    <message>
        <source>With the recession</source>
        <translation>Avec la récession</translation>
    </message>
    <message>
        <source>Lowest reserve ratio</source>
        <translation>Ratio de réserve le plus bas</translation>
    </message>
    <message>
        <source>Reserve depleted</source>
        <translation>Réserve épuisée</translation>
    </message>
    <message>
        <source>The reserve at the start of the year in which the recession peaks, divided by that year&apos;s average monthly benefit spending: how long the fund could pay benefits with no contributions at all.</source>
        <translation>La réserve au début de l&apos;année du pic de la récession, divisée par les dépenses mensuelles moyennes de prestations de cette année : combien de temps le fonds pourrait payer les prestations sans aucune cotisation.</translation>
    </message>
    <message>
        <source>The stress test could not run: %1</source>
        <translation>Le test de résistance n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>No results: the scenario has errors</source>
        <translation>Aucun résultat : le scénario contient des erreurs</translation>
    </message>
    <message>
        <source>Months of benefits the reserve covers at the start of %1</source>
        <translation>Mois de prestations couverts par la réserve au début de %1</translation>
    </message>
    <message>
        <source>A recession that raises unemployment by &lt;b&gt;%1 points&lt;/b&gt; from January %2, peaking after %3 months and receding over %4, </source>
        <translation>Une récession qui augmente le chômage de &lt;b&gt;%1 points&lt;/b&gt; à partir de janvier %2, avec un pic après %3 mois et un reflux en %4, </translation>
    </message>
    <message>
        <source>lowers the lowest reserve ratio from %1 to &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>abaisse le ratio de réserve le plus bas de %1 à &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>changes the lowest reserve ratio to %1.</source>
        <translation>porte le ratio de réserve le plus bas à %1.</translation>
    </message>
    <message>
        <source>At the start of %1 the reserve covers %2 months of that year&apos;s benefits, against %3 without the recession.</source>
        <translation>Au début de %1, la réserve couvre %2 mois de prestations de cette année, contre %3 sans la récession.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The fund is depleted in %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Le fonds est épuisé en %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (without the recession: %1).</source>
        <translation> (sans la récession : %1).</translation>
    </message>
    <message>
        <source>, which it is not without the recession.</source>
        <translation>, ce qui n&apos;est pas le cas sans la récession.</translation>
    </message>
    <message>
        <source>The fund is not depleted by %1.</source>
        <translation>Le fonds n&apos;est pas épuisé d&apos;ici %1.</translation>
    </message>
    <message>
        <source>A claims shock the unemployment rate does not show: job losses of the insured are multiplied by this factor in every month of the recession (job-retention schemes ending, mass lay-offs in a sector). 1: none.</source>
        <translation>Un choc de demandes que le taux de chômage ne montre pas : les pertes d&apos;emploi des assurés sont multipliées par ce facteur chaque mois de la récession (fin des dispositifs de maintien de l&apos;emploi, licenciements massifs dans un secteur). 1 : aucun.</translation>
    </message>
    <message>
        <source>job losses</source>
        <translation>pertes d&apos;emploi</translation>
    </message>
    <message>
        <source>The month in which the recession raises benefit spending most above the scenario without it, and that month&apos;s spending in both.</source>
        <translation>Le mois où la récession porte les dépenses de prestations le plus au-dessus du scénario sans elle, et les dépenses de ce mois dans les deux cas.</translation>
    </message>
    <message>
        <source>The month in which the recession raises the number of beneficiaries most above the scenario without it, and that month&apos;s number in both.</source>
        <translation>Le mois où la récession porte le nombre de bénéficiaires le plus au-dessus du scénario sans elle, et le nombre de ce mois dans les deux cas.</translation>
    </message>
    <message>
        <source>Reading note: with steady-state flows, job losses follow the level of unemployment, not how fast it rises, so new claims in the months when it climbs are understated and these figures are somewhat optimistic. The dynamic flow model (Labour market) adds them.</source>
        <translation>Note de lecture : avec des flux stationnaires, les pertes d&apos;emploi suivent le niveau du chômage, non la vitesse de sa hausse ; les nouvelles demandes des mois où il monte sont donc sous-estimées et ces chiffres un peu optimistes. Le modèle des flux dynamique (Marché du travail) les ajoute.</translation>
    </message>
    <message>
        <source>Benefit spending at its peak, %1</source>
        <translation>Dépenses de prestations au plus haut, %1</translation>
    </message>
    <message>
        <source>Beneficiaries at their peak, %1</source>
        <translation>Bénéficiaires au plus haut, %1</translation>
    </message>
    <message>
        <source>with job losses %1 times the usual in those months, </source>
        <translation>avec des pertes d&apos;emploi %1 fois l&apos;ordinaire pendant ces mois, </translation>
    </message>
    <message>
        <source>With worker groups: a group whose job losses rise more than the others&apos; in the recession, by the factor beside it</source>
        <translation>Avec des groupes de travailleurs : un groupe dont les pertes d&apos;emploi augmentent plus que celles des autres pendant la récession, du facteur indiqué à côté</translation>
    </message>
    <message>
        <source>The group&apos;s job losses are multiplied by this in every month of the recession, on top of the factor for everyone</source>
        <translation>Les pertes d&apos;emploi du groupe sont multipliées par ce facteur chaque mois de la récession, en plus du facteur appliqué à tous</translation>
    </message>
    <message>
        <source>group hit harder</source>
        <translation>groupe plus touché</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Main group</source>
        <translation>Groupe principal</translation>
    </message>
    <message>
        <source>and those of %1 %2 times more again, </source>
        <translation>et celles de %1 encore %2 fois plus, </translation>
    </message>
</context>
<context>
    <name>tideover::ui::TornadoChart</name>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Assumption lowered</source>
        <translation>Hypothèse abaissée</translation>
    </message>
    <message>
        <source>Assumption raised</source>
        <translation>Hypothèse relevée</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>Données (CSV)…</translation>
    </message>
    <message>
        <source>Save this chart as an image, a PDF or its data as CSV</source>
        <translation>Enregistrer ce graphique en image, en PDF ou ses données en CSV</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Results are out of date: fix the marked value</source>
        <translation>Résultats périmés : corrigez la valeur signalée</translation>
    </message>
    <message>
        <source>Base: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>The reserve is not depleted within the horizon, whichever assumption is changed</source>
        <translation>La réserve ne s&apos;épuise pas dans l&apos;horizon, quelle que soit l&apos;hypothèse modifiée</translation>
    </message>
    <message>
        <source>No assumption changes this measure</source>
        <translation>Aucune hypothèse ne modifie cet indicateur</translation>
    </message>
    <message>
        <source>Point at a bar to read the values used and their effect.</source>
        <translation>Pointez une barre pour lire les valeurs utilisées et leur effet.</translation>
    </message>
    <message>
        <source>%1: lowered to %2: %3; as given, %4: %5; raised to %6: %7</source>
        <translation>%1 : abaissé à %2 : %3 ; tel quel, %4 : %5 ; relevé à %6 : %7</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2&amp;nbsp;lowered to %3: &lt;b&gt;%4&lt;/b&gt; &amp;nbsp; as given, %5: &lt;b&gt;%6&lt;/b&gt; &amp;nbsp; %7&amp;nbsp;raised to %8: &lt;b&gt;%9&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2&amp;nbsp;abaissé à %3 : &lt;b&gt;%4&lt;/b&gt; &amp;nbsp; tel quel, %5 : &lt;b&gt;%6&lt;/b&gt; &amp;nbsp; %7&amp;nbsp;relevé à %8 : &lt;b&gt;%9&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not write the image %1. Check that the folder exists and you may write to it.</source>
        <translation>Impossible d&apos;écrire l&apos;image %1. Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>Could not write the PDF %1. Check that the folder exists and you may write to it.</source>
        <translation>Impossible d&apos;écrire le PDF %1. Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Il n&apos;y a encore rien à exporter.</translation>
    </message>
    <message>
        <source>Export sensitivity data as CSV</source>
        <translation>Exporter les données de sensibilité en CSV</translation>
    </message>
    <message>
        <source>Export sensitivity chart</source>
        <translation>Exporter le graphique de sensibilité</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sensitivity.</source>
        <translation>Sensibilité.</translation>
    </message>
    <message>
        <source>not varied</source>
        <translation>non modifié</translation>
    </message>
    <message>
        <source>no effect</source>
        <translation>sans effet</translation>
    </message>
    <message>
        <source>not varied: a change by a share of itself leaves this value as it is</source>
        <translation>non modifié : une variation proportionnelle laisse cette valeur inchangée</translation>
    </message>
    <message>
        <source>no effect on this measure</source>
        <translation>sans effet sur cette mesure</translation>
    </message>
</context>
<context>
    <name>tideover::ui::TrainerPanel</name>
    <message>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3
%4</source>
        <translation>Étape %1 sur %2 : %3
%4</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Open the chosen exercise and load its starting scenario</source>
        <translation>Ouvrir l&apos;exercice choisi et charger son scénario de départ</translation>
    </message>
    <message>
        <source>Open exercise &amp;file…</source>
        <translation>Ouvrir un &amp;fichier d&apos;exercice…</translation>
    </message>
    <message>
        <source>Open a trainer&apos;s own .tideover-exercise file</source>
        <translation>Ouvrir le propre fichier .tideover-exercise d&apos;un formateur</translation>
    </message>
    <message>
        <source>E&amp;xercise:</source>
        <translation>E&amp;xercice :</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose an exercise and press &lt;b&gt;Start&lt;/b&gt;, or open a trainer&apos;s own exercise file.&lt;/p&gt;&lt;p&gt;Each exercise is one step of a feasibility study of unemployment insurance (ILO 2017): diagnose the labour market, choose the parameters, cost them, stress them, finance them, extend coverage. Starting an exercise replaces the scenario being edited.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez un exercice et appuyez sur &lt;b&gt;Commencer&lt;/b&gt;, ou ouvrez le propre fichier d&apos;exercice d&apos;un formateur.&lt;/p&gt;&lt;p&gt;Chaque exercice est une étape d&apos;une étude de faisabilité de l&apos;assurance chômage (OIT 2017) : diagnostiquer le marché du travail, choisir les paramètres, les chiffrer, les soumettre à un test de résistance, les financer, étendre la couverture. Commencer un exercice remplace le scénario en cours de modification.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Debrief</source>
        <translation>&amp;Bilan</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Not every question has been answered yet. The debrief discusses the answers. Show it anyway?</source>
        <translation>Toutes les questions n&apos;ont pas encore reçu de réponse. Le bilan commente les réponses. L&apos;afficher quand même ?</translation>
    </message>
    <message>
        <source>Open exercise file</source>
        <translation>Ouvrir un fichier d&apos;exercice</translation>
    </message>
    <message>
        <source>Tideover exercises (*.tideover-exercise);;All files (*)</source>
        <translation>Exercices Tideover (*.tideover-exercise);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Could not open the exercise. %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;exercice. %1</translation>
    </message>
    <message>
        <source>(year)</source>
        <translation>(année)</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Type an answer first.</source>
        <translation>Saisissez d&apos;abord une réponse.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type a percentage such as 5.4, or none where the model has no answer.</source>
        <translation>« %1 » n&apos;est pas un nombre. Saisissez un pourcentage comme 5,4, ou none lorsque le modèle n&apos;a pas de réponse.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type a number such as 2031, or none where the model has no answer.</source>
        <translation>« %1 » n&apos;est pas un nombre. Saisissez un nombre comme 2031, ou none lorsque le modèle n&apos;a pas de réponse.</translation>
    </message>
    <message>
        <source>Correct! The model gives %1.</source>
        <translation>Exact ! Le modèle donne %1.</translation>
    </message>
    <message>
        <source>Not quite: the model does give a figure here. Try again, or take a hint.</source>
        <translation>Pas tout à fait : le modèle donne bien un chiffre ici. Réessayez ou demandez un indice.</translation>
    </message>
    <message>
        <source>Not quite. Try again, or take a hint.</source>
        <translation>Pas tout à fait. Réessayez ou demandez un indice.</translation>
    </message>
    <message>
        <source>Not quite: your answer is too high. Try again, or take a hint.</source>
        <translation>Pas tout à fait : votre réponse est trop élevée. Réessayez ou demandez un indice.</translation>
    </message>
    <message>
        <source>Not quite: your answer is too low. Try again, or take a hint.</source>
        <translation>Pas tout à fait : votre réponse est trop basse. Réessayez ou demandez un indice.</translation>
    </message>
    <message>
        <source>The model could not compute this question&apos;s answer: %1</source>
        <translation>Le modèle n&apos;a pas pu calculer la réponse à cette question : %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>tentative %1</translation>
    </message>
    <message>
        <source>bundled exercise</source>
        <translation>exercice fourni</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 · starting scenario %4 · %5</source>
        <translation>Étape %1 sur %2 : %3 · scénario de départ %4 · %5</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>Question %1 (%2); type none where the model has no answer</source>
        <translation>Question %1 (%2) ; saisissez none lorsque le modèle n&apos;a pas de réponse</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Compare with the model&apos;s answer on the exercise&apos;s scenario</source>
        <translation>Comparer avec la réponse du modèle sur le scénario de l&apos;exercice</translation>
    </message>
    <message>
        <source>Show a &amp;hint (%1)</source>
        <translation>Afficher un &amp;indice (%1)</translation>
    </message>
    <message>
        <source>Next &amp;hint (%1 of %2 shown)</source>
        <translation>&amp;Indice suivant (%1 sur %2 affichés)</translation>
    </message>
    <message numerus="yes">
        <source>All %n hint(s) shown</source>
        <translation>
            <numerusform>%n indice affiché</numerusform>
            <numerusform>Les %n indices affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>No hints for this exercise</source>
        <translation>Aucun indice pour cet exercice</translation>
    </message>
    <message>
        <source>Hint %1:</source>
        <translation>Indice %1 :</translation>
    </message>
    <message>
        <source>This exercise has no debrief</source>
        <translation>Cet exercice n&apos;a pas de bilan</translation>
    </message>
    <message>
        <source>Show the trainer&apos;s debrief</source>
        <translation>Afficher le bilan du formateur</translation>
    </message>
    <message>
        <source>Show the trainer&apos;s debrief (not every question is answered yet)</source>
        <translation>Afficher le bilan du formateur (toutes les questions n&apos;ont pas encore de réponse)</translation>
    </message>
    <message>
        <source>%, two decimals</source>
        <translation>%, deux décimales</translation>
    </message>
    <message>
        <source>a calendar year, or none</source>
        <translation>une année civile, ou none</translation>
    </message>
    <message>
        <source>number of persons</source>
        <translation>nombre de personnes</translation>
    </message>
    <message>
        <source>Trainer mode: the expected answers and the debrief are shown. Turn it off in Edit ▸ Preferences before a trainee uses this computer.</source>
        <translation>Mode formateur : les réponses attendues et le bilan sont affichés. Désactivez-le dans Édition ▸ Préférences avant qu&apos;un stagiaire utilise cet ordinateur.</translation>
    </message>
    <message>
        <source>number, in %1</source>
        <translation>nombre, en %1</translation>
    </message>
    <message>
        <source>number of years, two decimals</source>
        <translation>nombre d&apos;années, deux décimales</translation>
    </message>
    <message>
        <source>number of months, one decimal</source>
        <translation>nombre de mois, une décimale</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points de pourcentage</translation>
    </message>
    <message>
        <source>Expected answer: the model cannot compute it (%1)</source>
        <translation>Réponse attendue : le modèle ne peut pas la calculer (%1)</translation>
    </message>
    <message>
        <source>Expected answer: %1 (accepted within ±%2)</source>
        <translation>Réponse attendue : %1 (acceptée à ±%2 près)</translation>
    </message>
    <message>
        <source>Expected answer: %1</source>
        <translation>Réponse attendue : %1</translation>
    </message>
</context>
<context>
    <name>tideover::ui::WorkerCaseView</name>
    <message>
        <source>The monthly wage before the lay-off, in the money of the year of the lay-off</source>
        <translation>Le salaire mensuel avant le licenciement, en monnaie de l’année du licenciement</translation>
    </message>
    <message>
        <source>Years of service with the employer who lays the worker off</source>
        <translation>Années de service chez l’employeur qui licencie</translation>
    </message>
    <message>
        <source>The worker is laid off on 1 January of this year; the rules of that year apply</source>
        <translation>Le salarié est licencié le 1er janvier de cette année ; les règles de cette année s’appliquent</translation>
    </message>
    <message>
        <source>&amp;Insured</source>
        <translation>Assu&amp;ré</translation>
    </message>
    <message>
        <source>Covered by the insurance and meeting its conditions</source>
        <translation>Couvert par l’assurance et remplissant ses conditions</translation>
    </message>
    <message>
        <source>The insurance&apos;s duration class the worker&apos;s contributions give</source>
        <translation>La classe de durée de l’assurance que donnent les cotisations du salarié</translation>
    </message>
    <message>
        <source>Account &amp;balance:</source>
        <translation>Solde du co&amp;mpte :</translation>
    </message>
    <message>
        <source>Unticked: the contributions of the years of service, without interest</source>
        <translation>Non coché : les cotisations des années de service, sans intérêts</translation>
    </message>
    <message>
        <source>Solidarity top-up</source>
        <translation>Complément solidaire</translation>
    </message>
    <message>
        <source>The solidarity fund tops the account&apos;s payments up when the balance runs short</source>
        <translation>Le fonds de solidarité complète les versements du compte quand le solde ne suffit pas</translation>
    </message>
    <message>
        <source>E&amp;xpected severance (× paid share)</source>
        <translation>Indemnité attendue (× part pa&amp;yée)</translation>
    </message>
    <message>
        <source>Severance times the share of what is due that employers actually pay: what a worker receives on average, not what the law promises</source>
        <translation>L’indemnité multipliée par la part de ce qui est dû que les employeurs versent réellement : ce qu’un salarié reçoit en moyenne, non ce que promet la loi</translation>
    </message>
    <message>
        <source>&amp;Wage:</source>
        <translation>Sa&amp;laire :</translation>
    </message>
    <message>
        <source>&amp;Years of service:</source>
        <translation>Années &amp;de service :</translation>
    </message>
    <message>
        <source>&amp;Laid off in:</source>
        <translation>L&amp;icencié en :</translation>
    </message>
    <message>
        <source>&amp;Duration class:</source>
        <translation>Class&amp;e de durée :</translation>
    </message>
    <message>
        <source>Replacement of the wage:</source>
        <translation>Remplacement du salaire :</translation>
    </message>
    <message>
        <source>The income of the first months of unemployment divided by the wage of as many months (OECD, Benefits and Wages)</source>
        <translation>Le revenu des premiers mois de chômage divisé par le salaire d’autant de mois (OCDE, Prestations et salaires)</translation>
    </message>
    <message>
        <source>%1/month</source>
        <translation>%1/mois</translation>
    </message>
    <message>
        <source>The longest</source>
        <translation>La plus longue</translation>
    </message>
    <message>
        <source>Class %1: %2 months</source>
        <translation>Classe %1 : %2 mois</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message>
        <source>No results: the scenario has errors.</source>
        <translation>Aucun résultat : le scénario contient des erreurs.</translation>
    </message>
    <message>
        <source>Out of date: the scenario has errors. The figures are those of the last valid scenario.</source>
        <translation>Périmé : le scénario contient des erreurs. Les chiffres sont ceux du dernier scénario valide.</translation>
    </message>
    <message>
        <source>Cannot show this worker: %1.</source>
        <translation>Impossible d’afficher ce salarié : %1.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Severance</source>
        <translation>Indemnité</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Épargne</translation>
    </message>
    <message>
        <source>Solidarity</source>
        <translation>Solidarité</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>% of wage</source>
        <translation>% du salaire</translation>
    </message>
    <message>
        <source>over %1 months: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>sur %1 mois : &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Amounts in %1 of %2.</source>
        <translation>Montants en %1 de %2.</translation>
    </message>
    <message>
        <source>Severance: %1 months of wage</source>
        <translation>Indemnité : %1 mois de salaire</translation>
    </message>
    <message>
        <source> (years insured not counted: %1)</source>
        <translation> (années assurées non comptées : %1)</translation>
    </message>
    <message>
        <source>Account balance at the lay-off: %1.</source>
        <translation>Solde du compte au licenciement : %1.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::WorkerIncomeChart</name>
    <message>
        <source>Income month by month after the lay-off</source>
        <translation>Revenu mois par mois après le licenciement</translation>
    </message>
    <message>
        <source>Month of unemployment</source>
        <translation>Mois de chômage</translation>
    </message>
    <message>
        <source>Severance pay</source>
        <translation>Indemnité de licenciement</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <source>Savings account</source>
        <translation>Compte d’épargne</translation>
    </message>
    <message>
        <source>Solidarity top-up</source>
        <translation>Complément solidaire</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Wage before the lay-off</source>
        <translation>Salaire antérieur</translation>
    </message>
    <message>
        <source>Per month (%1)</source>
        <translation>Par mois (%1)</translation>
    </message>
</context>
<context>
    <name>tideover::ui::format</name>
    <message>
        <source>%1 tn %2</source>
        <translation>%1 Bn %2</translation>
    </message>
    <message>
        <source>%1 bn %2</source>
        <translation>%1 Md %2</translation>
    </message>
    <message>
        <source>%1 m %2</source>
        <translation>%1 M %2</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% par an</translation>
    </message>
    <message>
        <source>% a month</source>
        <translation>% par mois</translation>
    </message>
    <message>
        <source>% of benefits</source>
        <translation>% des prestations</translation>
    </message>
    <message>
        <source>% of contributions</source>
        <translation>% des cotisations</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> par mois</translation>
    </message>
    <message>
        <source> a year</source>
        <translation> par an</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
</context>
<context>
    <name>tideover::ui::parametertext</name>
    <message>
        <source>Existing scheme (steady state)</source>
        <translation>Régime existant (état stationnaire)</translation>
    </message>
    <message>
        <source>New scheme (nobody on benefit yet)</source>
        <translation>Nouveau régime (personne n&apos;est encore indemnisé)</translation>
    </message>
    <message>
        <source>Not indexed</source>
        <translation>Non indexé</translation>
    </message>
    <message>
        <source>With prices</source>
        <translation>Sur les prix</translation>
    </message>
    <message>
        <source>With wages</source>
        <translation>Sur les salaires</translation>
    </message>
    <message>
        <source>Fixed legislated rate</source>
        <translation>Taux légal fixe</translation>
    </message>
    <message>
        <source>Adjust the rate to keep the reserve in a band</source>
        <translation>Ajuster le taux pour maintenir la réserve dans une fourchette</translation>
    </message>
    <message>
        <source>any whole number from 0 to 18,446,744,073,709,551,615</source>
        <translation>tout nombre entier de 0 à 18 446 744 073 709 551 615</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>more than %1, up to %2</source>
        <translation>plus de %1, jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>%1 or more, below %2</source>
        <translation>%1 ou plus, moins de %2</translation>
    </message>
    <message>
        <source>between %1 and %2 (both excluded)</source>
        <translation>entre %1 et %2 (exclus)</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>moins de %1</translation>
    </message>
    <message>
        <source>%1 or less</source>
        <translation>%1 ou moins</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>toute valeur</translation>
    </message>
    <message>
        <source>each %1</source>
        <translation>chaque %1</translation>
    </message>
    <message>
        <source>%1 in every year</source>
        <translation>%1 chaque année</translation>
    </message>
    <message>
        <source>; the shares add up to 100 %</source>
        <translation> ; les parts totalisent 100 %</translation>
    </message>
    <message>
        <source>none: the scenario must give it</source>
        <translation>aucune : le scénario doit la fournir</translation>
    </message>
    <message>
        <source>Allowed:</source>
        <translation>Autorisé :</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Par défaut :</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 à partir de %2</translation>
    </message>
    <message>
        <source>%1 … %2 (%3)</source>
        <translation>%1 … %2 (%3)</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 étapes</translation>
    </message>
    <message>
        <source>(%1 changes)</source>
        <translation>(%1 changements)</translation>
    </message>
    <message>
        <source>Steady state (job losses keep each year&apos;s unemployment)</source>
        <translation>Stationnaire (les pertes d&apos;emploi maintiennent le chômage de chaque année)</translation>
    </message>
    <message>
        <source>Dynamic (a rise in unemployment adds job losses)</source>
        <translation>Dynamique (une hausse du chômage ajoute des pertes d&apos;emploi)</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Voluntary (members join by choice)</source>
        <translation>Volontaire (adhésion par choix)</translation>
    </message>
    <message>
        <source>A rate on wages</source>
        <translation>Un taux sur les salaires</translation>
    </message>
    <message>
        <source>A rate on a declared income</source>
        <translation>Un taux sur un revenu déclaré</translation>
    </message>
    <message>
        <source>A flat amount a month</source>
        <translation>Un montant forfaitaire par mois</translation>
    </message>
    <message>
        <source>None (no severance pay)</source>
        <translation>Aucune (pas d’indemnité de licenciement)</translation>
    </message>
    <message>
        <source>Months of wage per year of service</source>
        <translation>Mois de salaire par année d’ancienneté</translation>
    </message>
    <message>
        <source>Months of wage by steps of service</source>
        <translation>Mois de salaire par paliers d’ancienneté</translation>
    </message>
    <message>
        <source>Exponential, from a mean service</source>
        <translation>Exponentielle, d’après une ancienneté moyenne</translation>
    </message>
    <message>
        <source>A table of service bands</source>
        <translation>Un tableau de tranches d’ancienneté</translation>
    </message>
    <message>
        <source>No offset</source>
        <translation>Pas de déduction</translation>
    </message>
    <message>
        <source>Years insured are not counted</source>
        <translation>Les années assurées ne comptent pas</translation>
    </message>
    <message>
        <source>None (no savings accounts)</source>
        <translation>Aucun (pas de comptes d’épargne)</translation>
    </message>
    <message>
        <source>Individual accounts</source>
        <translation>Comptes individuels</translation>
    </message>
    <message>
        <source>None (no assistance)</source>
        <translation>Aucune (pas d’assistance)</translation>
    </message>
    <message>
        <source>A share of the poverty line</source>
        <translation>Une part du seuil de pauvreté</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ReformsEditor</name>
    <message>
        <source>Reforms</source>
        <translation>Réformes</translation>
    </message>
    <message>
        <source>A reform applies to claims whose benefit starts in its year or later; claimants already on benefit keep their rule.</source>
        <translation>Une réforme s&apos;applique aux demandes dont la prestation commence l&apos;année de la réforme ou après ; les bénéficiaires déjà indemnisés gardent leur règle.</translation>
    </message>
    <message>
        <source>Edit the replacement rates</source>
        <translation>Modifier les taux de remplacement</translation>
    </message>
    <message>
        <source>Edit the duration classes</source>
        <translation>Modifier les classes de durée</translation>
    </message>
    <message>
        <source>No reform: today&apos;s rule applies to every claim.</source>
        <translation>Aucune réforme : la règle actuelle s&apos;applique à toutes les demandes.</translation>
    </message>
    <message>
        <source>Add a reform…</source>
        <translation>Ajouter une réforme…</translation>
    </message>
    <message>
        <source>Add a rule for claims from a later year, starting from the rule in force then</source>
        <translation>Ajouter une règle pour les demandes à partir d&apos;une année ultérieure, en partant de la règle alors en vigueur</translation>
    </message>
    <message>
        <source>Today&apos;s rule (claims from %1): replacement rate by month of benefit %2; durations of %3 months for %4 of claims.</source>
        <translation>Règle actuelle (demandes à partir de %1) : taux de remplacement par mois de prestation %2 ; durées de %3 mois pour %4 des demandes.</translation>
    </message>
    <message>
        <source>For claims from</source>
        <translation>Pour les demandes à partir de</translation>
    </message>
    <message>
        <source>The first calendar year of claims under this rule</source>
        <translation>La première année civile des demandes soumises à cette règle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this reform</source>
        <translation>Supprimer cette réforme</translation>
    </message>
    <message>
        <source>Replacement rate</source>
        <translation>Taux de remplacement</translation>
    </message>
    <message>
        <source>Duration classes</source>
        <translation>Classes de durée</translation>
    </message>
    <message>
        <source>Source: the law and its date</source>
        <translation>Source : la loi et sa date</translation>
    </message>
    <message>
        <source>Where this reform comes from: the law and its date</source>
        <translation>D&apos;où vient cette réforme : la loi et sa date</translation>
    </message>
    <message>
        <source>There is already a reform in %1.</source>
        <translation>Il y a déjà une réforme en %1.</translation>
    </message>
    <message>
        <source>Add a reform from %1</source>
        <translation>Ajouter une réforme à partir de %1</translation>
    </message>
    <message>
        <source>Move the reform from %1 to %2</source>
        <translation>Déplacer la réforme de %1 à %2</translation>
    </message>
    <message>
        <source>Change the reform from %1</source>
        <translation>Modifier la réforme de %1</translation>
    </message>
    <message>
        <source>Remove the reform from %1</source>
        <translation>Supprimer la réforme de %1</translation>
    </message>
</context>
<context>
    <name>tideover::ui::BacktestChart</name>
    <message>
        <source>Back-test: projected against actual</source>
        <translation>Test rétrospectif : projeté et réel</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Projeté</translation>
    </message>
    <message>
        <source>Actual (history)</source>
        <translation>Réel (historique)</translation>
    </message>
    <message>
        <source>The scenario has changed since this back-test: run it again</source>
        <translation>Le scénario a changé depuis ce test rétrospectif : relancez-le</translation>
    </message>
</context>
<context>
    <name>tideover::ui::BacktestView</name>
    <message>
        <source>The first year of the back-test: the scenario is moved to start in it, from the reserve the history records at the end of the year before</source>
        <translation>La première année du test rétrospectif : le scénario est déplacé pour commencer cette année-là, à partir de la réserve que l&apos;historique indique à la fin de l&apos;année précédente</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Project the scenario over the history&apos;s years and compare</source>
        <translation>Projeter le scénario sur les années de l&apos;historique et comparer</translation>
    </message>
    <message>
        <source>Back-test from &amp;year</source>
        <translation>Test à partir de l&apos;ann&amp;ée</translation>
    </message>
    <message>
        <source>Chart &amp;of</source>
        <translation>&amp;Graphique de</translation>
    </message>
    <message>
        <source>Ca&amp;librate…</source>
        <translation>Ca&amp;librer…</translation>
    </message>
    <message>
        <source>Fit behavioural parameters to the history (Analysis ▸ Calibrate to History)</source>
        <translation>Ajuster les paramètres de comportement à l&apos;historique (Analyse ▸ Calibrer sur l&apos;historique)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Mean abs.
error</source>
        <translation>Erreur abs.
moyenne</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Biais</translation>
    </message>
    <message>
        <source>The years in which the history gives the figure</source>
        <translation>Les années pour lesquelles l&apos;historique donne ce chiffre</translation>
    </message>
    <message>
        <source>Mean absolute percentage error (MAPE): the mean of |projected − actual| / |actual| over the years compared</source>
        <translation>Erreur absolue moyenne en pourcentage (MAPE) : la moyenne de |projeté − réel| / |réel| sur les années comparées</translation>
    </message>
    <message>
        <source>The mean of (projected − actual) / |actual|: above 0 the projection runs high, below 0 low</source>
        <translation>La moyenne de (projeté − réel) / |réel| : au-dessus de 0 la projection est trop haute, en dessous trop basse</translation>
    </message>
    <message>
        <source>This scenario has no history. A back-test needs the scheme&apos;s published yearly figures: add them in the editor&apos;s History section or import them from a CSV file (one row per year).</source>
        <translation>Ce scénario n&apos;a pas d&apos;historique. Un test rétrospectif a besoin des chiffres annuels publiés du régime : ajoutez-les dans la section Historique de l&apos;éditeur ou importez-les d&apos;un fichier CSV (une ligne par année).</translation>
    </message>
    <message>
        <source>The history records %1 to %2. Choose the back-test&apos;s first year and press Run: the scenario is projected over those years and compared with the actual figures.</source>
        <translation>L&apos;historique couvre %1 à %2. Choisissez la première année du test rétrospectif et cliquez sur Exécuter : le scénario est projeté sur ces années et comparé aux chiffres réels.</translation>
    </message>
    <message>
        <source>The scenario has errors: fix the marked values first, then run the back-test again.</source>
        <translation>Le scénario contient des erreurs : corrigez d&apos;abord les valeurs signalées, puis relancez le test rétrospectif.</translation>
    </message>
    <message>
        <source>The back-test cannot run: %1.</source>
        <translation>Le test rétrospectif ne peut pas s&apos;exécuter : %1.</translation>
    </message>
    <message>
        <source>The back-test scenario (the scenario moved to start in %1) is not valid:
%2</source>
        <translation>Le scénario du test rétrospectif (le scénario déplacé pour commencer en %1) n&apos;est pas valide :
%2</translation>
    </message>
    <message>
        <source>The back-test failed: %1</source>
        <translation>Le test rétrospectif a échoué : %1</translation>
    </message>
    <message>
        <source>The history records no figure in %1–%2 that the projection gives: there is nothing to compare.</source>
        <translation>L&apos;historique ne donne, pour %1–%2, aucun chiffre que la projection calcule : il n&apos;y a rien à comparer.</translation>
    </message>
    <message>
        <source>The scenario projected from %1 to %2 against the history&apos;s figures of those years. Mean absolute error: the average size of the errors, as a share of the actual figure; bias: their average with their sign (above 0, the projection runs high).</source>
        <translation>Le scénario projeté de %1 à %2 face aux chiffres de l&apos;historique pour ces années. Erreur absolue moyenne : la taille moyenne des écarts, en part du chiffre réel ; biais : leur moyenne avec leur signe (au-dessus de 0, la projection est trop haute).</translation>
    </message>
    <message>
        <source>No history to test against</source>
        <translation>Pas d&apos;historique à comparer</translation>
    </message>
    <message>
        <source>No back-test</source>
        <translation>Pas de test rétrospectif</translation>
    </message>
    <message>
        <source>Press Run</source>
        <translation>Cliquez sur Exécuter</translation>
    </message>
</context>
<context>
    <name>tideover::ui::CalibrationDialog</name>
    <message>
        <source>Calibrate to history</source>
        <translation>Calibrer sur l&apos;historique</translation>
    </message>
    <message>
        <source>Fits behavioural parameters so that the back-test reproduces the history&apos;s figures: the weighted sum of squared relative errors is made as small as the parameters&apos; ranges allow. Apply sets the fitted values as one undoable step.</source>
        <translation>Ajuste des paramètres de comportement pour que le test rétrospectif reproduise les chiffres de l&apos;historique : la somme pondérée des carrés des erreurs relatives est rendue aussi petite que les plages des paramètres le permettent. Appliquer inscrit les valeurs ajustées en une seule étape annulable.</translation>
    </message>
    <message>
        <source>Parameters to fit</source>
        <translation>Paramètres à ajuster</translation>
    </message>
    <message>
        <source>one value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>one value a year</source>
        <translation>une valeur par an</translation>
    </message>
    <message>
        <source>One value for every year from the back-test&apos;s start, or one value per year of the history (written as dated changes)</source>
        <translation>Une valeur pour toutes les années depuis le début du test rétrospectif, ou une valeur par année de l&apos;historique (inscrite comme changements datés)</translation>
    </message>
    <message>
        <source>%1, with dated changes</source>
        <translation>%1, avec des changements datés</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>actuellement %1</translation>
    </message>
    <message>
        <source>History figures to fit, with their weights</source>
        <translation>Chiffres de l&apos;historique à reproduire, avec leurs poids</translation>
    </message>
    <message>
        <source>The weight of this column&apos;s squared errors in the fit</source>
        <translation>Le poids des carrés des erreurs de cette colonne dans l&apos;ajustement</translation>
    </message>
    <message>
        <source>The scenario has no history: there is nothing to fit to.</source>
        <translation>Le scénario n&apos;a pas d&apos;historique : il n&apos;y a rien à reproduire.</translation>
    </message>
    <message>
        <source>The back-test&apos;s first year: the fit compares the years from it to the history&apos;s last</source>
        <translation>La première année du test rétrospectif : l&apos;ajustement compare les années de celle-ci à la dernière de l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Back-test &amp;from</source>
        <translation>Test rétrospectif à &amp;partir de</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>Ajusté</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Erreur type</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Mean abs. error
before</source>
        <translation>Erreur abs. moy.
avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>Bias
before</source>
        <translation>Biais
avant</translation>
    </message>
    <message>
        <source>Mean absolute percentage error of the back-test with the scenario&apos;s own values</source>
        <translation>Erreur absolue moyenne en pourcentage du test rétrospectif avec les valeurs propres du scénario</translation>
    </message>
    <message>
        <source>Mean absolute percentage error with the fitted values</source>
        <translation>Erreur absolue moyenne en pourcentage avec les valeurs ajustées</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Fitted values</source>
        <translation>Valeurs ajustées</translation>
    </message>
    <message>
        <source>Errors by figure</source>
        <translation>Erreurs par chiffre</translation>
    </message>
    <message>
        <source>Year by year</source>
        <translation>Année par année</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>This scenario has no history. Calibration fits parameters to the scheme&apos;s published yearly figures: add them in the editor&apos;s History section or import them from a CSV file first.</source>
        <translation>Ce scénario n&apos;a pas d&apos;historique. Le calibrage ajuste des paramètres aux chiffres annuels publiés du régime : ajoutez-les d&apos;abord dans la section Historique de l&apos;éditeur ou importez-les d&apos;un fichier CSV.</translation>
    </message>
    <message>
        <source>The scenario has errors: fix the marked values first, then calibrate.</source>
        <translation>Le scénario contient des erreurs : corrigez d&apos;abord les valeurs signalées, puis calibrez.</translation>
    </message>
    <message>
        <source>Choose what to fit and to which figures, then press Run.</source>
        <translation>Choisissez ce qu&apos;il faut ajuster et sur quels chiffres, puis cliquez sur Exécuter.</translation>
    </message>
    <message>
        <source>The choices have changed: press Run to fit them.</source>
        <translation>Les choix ont changé : cliquez sur Exécuter pour les ajuster.</translation>
    </message>
    <message>
        <source>The calibration cannot run: %1.</source>
        <translation>Le calibrage ne peut pas s&apos;exécuter : %1.</translation>
    </message>
    <message>
        <source>The back-test cannot run: %1.</source>
        <translation>Le test rétrospectif ne peut pas s&apos;exécuter : %1.</translation>
    </message>
    <message>
        <source>The back-test scenario (the scenario moved to start in %1) is not valid:
%2</source>
        <translation>Le scénario du test rétrospectif (le scénario déplacé pour commencer en %1) n&apos;est pas valide :
%2</translation>
    </message>
    <message>
        <source>The calibration failed: %1</source>
        <translation>Le calibrage a échoué : %1</translation>
    </message>
    <message>
        <source>the root mean square of the weighted relative errors falls from %1 to %2</source>
        <translation>la moyenne quadratique des erreurs relatives pondérées passe de %1 à %2</translation>
    </message>
    <message>
        <source>Fitted over %1–%2 in %3 projections: %4.</source>
        <translation>Ajusté sur %1–%2 en %3 projections : %4.</translation>
    </message>
    <message>
        <source>The fit over %1–%2 stopped without converging after %3 projections: %4.</source>
        <translation>L&apos;ajustement sur %1–%2 s&apos;est arrêté sans converger après %3 projections : %4.</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>toutes les années</translation>
    </message>
    <message>
        <source>at its bound</source>
        <translation>à sa borne</translation>
    </message>
    <message>
        <source>fitted</source>
        <translation>ajusté</translation>
    </message>
    <message>
        <source>The scenario has changed since this fit: press Run again.</source>
        <translation>Le scénario a changé depuis cet ajustement : cliquez de nouveau sur Exécuter.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::MonitoringTableModel</name>
    <message>
        <source>%1, %2: not known</source>
        <translation>%1, %2 : inconnu</translation>
    </message>
    <message>
        <source>%1, %2: %3, actual (from the history&apos;s figures)</source>
        <translation>%1, %2 : %3, réel (d&apos;après les chiffres de l&apos;historique)</translation>
    </message>
    <message>
        <source>%1, %2: %3, projected</source>
        <translation>%1, %2 : %3, projeté</translation>
    </message>
    <message>
        <source>%1: a year of the history</source>
        <translation>%1 : une année de l&apos;historique</translation>
    </message>
    <message>
        <source>%1: a projected year</source>
        <translation>%1 : une année projetée</translation>
    </message>
</context>
<context>
    <name>tideover::ui::MonitoringText</name>
    <message>
        <source>Labour force</source>
        <translation>Population active</translation>
    </message>
    <message>
        <source>Unemployment rate</source>
        <translation>Taux de chômage</translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation>Personnes assurées</translation>
    </message>
    <message>
        <source>Covered wage bill</source>
        <translation>Masse salariale couverte</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <source>State subsidy</source>
        <translation>Subvention de l&apos;État</translation>
    </message>
    <message>
        <source>New claims</source>
        <translation>Nouvelles demandes</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Prestations</translation>
    </message>
    <message>
        <source>Total expenditure</source>
        <translation>Dépenses totales</translation>
    </message>
    <message>
        <source>Investment income</source>
        <translation>Revenus des placements</translation>
    </message>
    <message>
        <source>Reserve (end of year)</source>
        <translation>Réserve (fin d&apos;année)</translation>
    </message>
    <message>
        <source>High-cost multiple (projection only)</source>
        <translation>Multiple de coût élevé (projection seule)</translation>
    </message>
    <message>
        <source>Legal coverage of the labour force</source>
        <translation>Couverture légale de la population active</translation>
    </message>
    <message>
        <source>Effective coverage of the labour force</source>
        <translation>Couverture effective de la population active</translation>
    </message>
    <message>
        <source>Coverage of the unemployed (SDG 1.3.1)</source>
        <translation>Couverture des chômeurs (ODD 1.3.1)</translation>
    </message>
    <message>
        <source>Recipiency of new claims</source>
        <translation>Taux d&apos;entrée en indemnisation</translation>
    </message>
    <message>
        <source>Average replacement</source>
        <translation>Remplacement moyen</translation>
    </message>
    <message>
        <source>Cost rate</source>
        <translation>Taux de coût</translation>
    </message>
    <message>
        <source>Benefit cost rate</source>
        <translation>Taux de coût des prestations</translation>
    </message>
    <message>
        <source>Reserve ratio</source>
        <translation>Ratio de réserve</translation>
    </message>
    <message>
        <source>Average high-cost multiple (history and projection, US DOL)</source>
        <translation>Multiple moyen de coût élevé (historique et projection, US DOL)</translation>
    </message>
    <message>
        <source>High-cost
multiple
(projection)</source>
        <translation>Multiple de
coût élevé
(projection)</translation>
    </message>
    <message>
        <source>Legal
coverage</source>
        <translation>Couverture
légale</translation>
    </message>
    <message>
        <source>Effective
coverage</source>
        <translation>Couverture
effective</translation>
    </message>
    <message>
        <source>Unem-
ployed
covered</source>
        <translation>Chômeurs
couverts</translation>
    </message>
    <message>
        <source>Recipiency</source>
        <translation>Entrée en
indemni-
sation</translation>
    </message>
    <message>
        <source>Average
replace-
ment</source>
        <translation>Rempla-
cement
moyen</translation>
    </message>
    <message>
        <source>Cost
rate</source>
        <translation>Taux
de coût</translation>
    </message>
    <message>
        <source>Benefit
cost rate</source>
        <translation>Coût des
prestations</translation>
    </message>
    <message>
        <source>Reserve
ratio
(years)</source>
        <translation>Ratio de
réserve
(années)</translation>
    </message>
    <message>
        <source>High-cost
multiple
(US DOL)</source>
        <translation>Multiple de
coût élevé
(US DOL)</translation>
    </message>
    <message>
        <source>The projection&apos;s own multiple: the reserve over the year&apos;s covered wages, divided by the mean of the three highest benefit cost rates among the projected years up to it. It knows no history.</source>
        <translation>Le multiple propre à la projection : la réserve rapportée aux salaires couverts de l&apos;année, divisée par la moyenne des trois taux de coût des prestations les plus élevés parmi les années projetées jusqu&apos;à celle-ci. Il ignore l&apos;historique.</translation>
    </message>
    <message>
        <source>Workers the law covers as a share of the labour force: (1 − unemployment rate) × wage employees&apos; share × legal coverage. Projected only.</source>
        <translation>Les travailleurs que la loi couvre, en part de la population active : (1 − taux de chômage) × part des salariés × couverture légale. Projeté seulement.</translation>
    </message>
    <message>
        <source>Insured persons (contributors) as a share of the labour force.</source>
        <translation>Les personnes assurées (cotisants) en part de la population active.</translation>
    </message>
    <message>
        <source>Beneficiaries as a share of the unemployed: the SDG indicator 1.3.1 for unemployment.</source>
        <translation>Les bénéficiaires en part des chômeurs : l&apos;indicateur ODD 1.3.1 pour le chômage.</translation>
    </message>
    <message>
        <source>New claims as a share of the insured who lose their job. Projected only: a history does not record job losses.</source>
        <translation>Les nouvelles demandes en part des assurés qui perdent leur emploi. Projeté seulement : un historique n&apos;enregistre pas les pertes d&apos;emploi.</translation>
    </message>
    <message>
        <source>The average benefit per beneficiary over the average covered wage per insured person.</source>
        <translation>La prestation moyenne par bénéficiaire rapportée au salaire couvert moyen par assuré.</translation>
    </message>
    <message>
        <source>Total expenditure as a share of the covered wage bill.</source>
        <translation>Les dépenses totales en part de la masse salariale couverte.</translation>
    </message>
    <message>
        <source>Benefits as a share of the covered wage bill.</source>
        <translation>Les prestations en part de la masse salariale couverte.</translation>
    </message>
    <message>
        <source>The reserve at the end of the year in years of that year&apos;s expenditure.</source>
        <translation>La réserve en fin d&apos;année, en années des dépenses de cette année-là.</translation>
    </message>
    <message>
        <source>The US Department of Labor&apos;s measure: the reserve over the year&apos;s covered wages, divided by the mean of the three highest benefit cost rates of the last 20 years, actual where the history records them, else projected. The US recommends at least 1.</source>
        <translation>La mesure du ministère du Travail des États-Unis : la réserve rapportée aux salaires couverts de l&apos;année, divisée par la moyenne des trois taux de coût des prestations les plus élevés des 20 dernières années, réels là où l&apos;historique les donne, projetés sinon. Les États-Unis recommandent au moins 1.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::MonitoringView</name>
    <message>
        <source>actual, from the history&apos;s figures (bold on a shaded cell in the table)</source>
        <translation>réel, d&apos;après les chiffres de l&apos;historique (en gras sur fond teinté dans le tableau)</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>projeté</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Indicateurs</translation>
    </message>
    <message>
        <source>&amp;Back-test</source>
        <translation>Test &amp;rétrospectif</translation>
    </message>
    <message>
        <source>Coverage, recipiency, replacement, cost and solvency per year, actual and projected</source>
        <translation>Couverture, entrée en indemnisation, remplacement, coût et solvabilité par année, réels et projetés</translation>
    </message>
    <message>
        <source>The projection against the history&apos;s actual figures</source>
        <translation>La projection face aux chiffres réels de l&apos;historique</translation>
    </message>
    <message>
        <source>No results: the scenario has errors.</source>
        <translation>Aucun résultat : le scénario contient des erreurs.</translation>
    </message>
    <message>
        <source>This scenario has no history, so every figure is projected. Add the scheme&apos;s published yearly figures in the editor&apos;s History section, or import them from a CSV file, to see the actual indicators beside the projected ones, to back-test the projection and to calibrate it.</source>
        <translation>Ce scénario n&apos;a pas d&apos;historique : tous les chiffres sont projetés. Ajoutez les chiffres annuels publiés du régime dans la section Historique de l&apos;éditeur, ou importez-les d&apos;un fichier CSV, pour voir les indicateurs réels à côté des projetés, tester rétrospectivement la projection et la calibrer.</translation>
    </message>
    <message>
        <source>Actual figures from the history (%1–%2), projected ones from %3 to %4. An indicator is actual in a year when the history records every figure it needs.</source>
        <translation>Chiffres réels de l&apos;historique (%1–%2), chiffres projetés de %3 à %4. Un indicateur est réel une année donnée quand l&apos;historique donne tous les chiffres dont il a besoin.</translation>
    </message>
    <message>
        <source>The scenario has errors: these are the figures of its last valid state.</source>
        <translation>Le scénario contient des erreurs : ce sont les chiffres de son dernier état valide.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::SparklineChart</name>
    <message>
        <source>● %1: %2</source>
        <translation>● %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (years)</source>
        <translation>%1 (années)</translation>
    </message>
</context>
<context>
    <name>tideover::ui::HistoryComparisonModel</name>
    <message>
        <source>The scenario has no actual figures. Import them (File ▸ Import History) or enter them in the history table (Edit ▸ Actual Figures).</source>
        <translation>Le scénario n&apos;a pas de chiffres réels. Importez-les (Fichier ▸ Importer l&apos;historique) ou saisissez-les dans le tableau de l&apos;historique (Édition ▸ Chiffres réels).</translation>
    </message>
    <message>
        <source>There are no results to compare with: the scenario has errors.</source>
        <translation>Aucun résultat à comparer : le scénario contient des erreurs.</translation>
    </message>
    <message>
        <source>The actual figures (%1–%2) have no year in common with the projection (%3–%4). The charts show them beside the projection; a back-test projects over their years.</source>
        <translation>Les chiffres réels (%1–%2) n&apos;ont aucune année en commun avec la projection (%3–%4). Les graphiques les montrent à côté de la projection ; un test rétrospectif projette sur leurs années.</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Projeté</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Difference
(% of actual)</source>
        <translation>Écart
(% du réel)</translation>
    </message>
    <message>
        <source>The published figure, from the scenario&apos;s history</source>
        <translation>Le chiffre publié, tiré de l&apos;historique du scénario</translation>
    </message>
    <message>
        <source>The projection&apos;s figure for the same year (for the unemployment rate: unemployed / labour force)</source>
        <translation>Le chiffre de la projection pour la même année (pour le taux de chômage : chômeurs / population active)</translation>
    </message>
    <message>
        <source>Projected minus actual: above zero the projection is too high</source>
        <translation>Projeté moins réel : au-dessus de zéro, la projection est trop haute</translation>
    </message>
    <message>
        <source>(Projected - actual) / |actual|; empty when the actual figure is 0</source>
        <translation>(Projeté - réel) / |réel| ; vide quand le chiffre réel vaut 0</translation>
    </message>
</context>
<context>
    <name>tideover::ui::HistoryEditor</name>
    <message>
        <source>&amp;Year</source>
        <translation>A&amp;nnée</translation>
    </message>
    <message>
        <source>The calendar year to add</source>
        <translation>L&apos;année civile à ajouter</translation>
    </message>
    <message>
        <source>&amp;Add Year</source>
        <translation>&amp;Ajouter l&apos;année</translation>
    </message>
    <message>
        <source>Add a row for the year, to enter its published figures</source>
        <translation>Ajouter une ligne pour l&apos;année, pour y saisir ses chiffres publiés</translation>
    </message>
    <message>
        <source>&amp;Remove Year</source>
        <translation>&amp;Supprimer l&apos;année</translation>
    </message>
    <message>
        <source>Remove the selected year and all its figures (Undo brings them back)</source>
        <translation>Supprimer l&apos;année choisie et tous ses chiffres (Annuler les rétablit)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Read the figures from a CSV file: a year column, then columns named as the projection&apos;s CSV names them (contributions, benefits, reserve, …)</source>
        <translation>Lire les chiffres dans un fichier CSV : une colonne year, puis des colonnes nommées comme dans le CSV de la projection (contributions, benefits, reserve, …)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Save the figures and their sources as a CSV file</source>
        <translation>Enregistrer les chiffres et leurs sources dans un fichier CSV</translation>
    </message>
    <message>
        <source>Published yearly figures. Money in the scenario&apos;s currency, rates in %; an empty cell is not recorded.</source>
        <translation>Chiffres annuels publiés. Montants dans la devise du scénario, taux en % ; une case vide n&apos;est pas renseignée.</translation>
    </message>
    <message>
        <source>No actual figures yet. Add a year and type its published figures, or import them from a CSV file.</source>
        <translation>Pas encore de chiffres réels. Ajoutez une année et saisissez ses chiffres publiés, ou importez-les d&apos;un fichier CSV.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Source of %1, %2:</source>
        <translation>Source de « %1 », %2 :</translation>
    </message>
    <message>
        <source>Where this figure comes from: the report, its table and year</source>
        <translation>D&apos;où vient ce chiffre : le rapport, son tableau et son année</translation>
    </message>
    <message>
        <source>Select a figure to give its source</source>
        <translation>Choisissez un chiffre pour indiquer sa source</translation>
    </message>
    <message>
        <source>Clear actual figures</source>
        <translation>Effacer des chiffres réels</translation>
    </message>
    <message>
        <source>Paste actual figures</source>
        <translation>Coller des chiffres réels</translation>
    </message>
    <message>
        <source>Edit &amp;Source…</source>
        <translation>Modifier la &amp;source…</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Remove %1</source>
        <translation>&amp;Supprimer %1</translation>
    </message>
    <message>
        <source>&amp;Add Year %1</source>
        <translation>&amp;Ajouter l&apos;année %1</translation>
    </message>
    <message>
        <source>Import actual figures</source>
        <translation>Importer des chiffres réels</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import the actual figures</source>
        <translation>Impossible d&apos;importer les chiffres réels</translation>
    </message>
    <message>
        <source>Nothing was changed: the scenario keeps the figures it had.</source>
        <translation>Rien n&apos;a été modifié : le scénario garde les chiffres qu&apos;il avait.</translation>
    </message>
    <message>
        <source>The scenario already has actual figures for %1 years (%2–%3). Replace them with the %4 years of “%5”?</source>
        <translation>Le scénario a déjà des chiffres réels pour %1 années (%2–%3). Les remplacer par les %4 années de « %5 » ?</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings the present figures back.</source>
        <translation>Annuler (Ctrl+Z) rétablit les chiffres actuels.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Export actual figures</source>
        <translation>Exporter les chiffres réels</translation>
    </message>
    <message>
        <source>The scenario has no actual figures to export.</source>
        <translation>Le scénario n&apos;a pas de chiffres réels à exporter.</translation>
    </message>
    <message>
        <source> - actual figures</source>
        <translation> - chiffres réels</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>tideover::ui::HistoryTableModel</name>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>No source given: right-click ▸ Edit Source, or type it below the table.</source>
        <translation>Aucune source indiquée : clic droit ▸ Modifier la source, ou saisissez-la sous le tableau.</translation>
    </message>
    <message>
        <source>A new year: it is kept once a figure or a note is entered</source>
        <translation>Une nouvelle année : elle est gardée dès qu&apos;un chiffre ou une note est saisi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>notes: free notes on the year (a reform, a change in how figures are counted)</source>
        <translation>notes : remarques libres sur l&apos;année (une réforme, un changement dans la façon de compter)</translation>
    </message>
    <message>
        <source>The notes are too long: at most %1 bytes.</source>
        <translation>Les notes sont trop longues : %1 octets au plus.</translation>
    </message>
    <message>
        <source>%1 is out of range for %2</source>
        <translation>%1 est hors des limites pour %2</translation>
    </message>
    <message>
        <source>The source note is too long: at most %1 bytes.</source>
        <translation>La note de source est trop longue : %1 octets au plus.</translation>
    </message>
    <message>
        <source>Enter the figure first: a source note belongs to a value.</source>
        <translation>Saisissez d&apos;abord le chiffre : une source se rapporte à une valeur.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::historyfile</name>
    <message>
        <source>Import actual figures from %1</source>
        <translation>Importer les chiffres réels de %1</translation>
    </message>
    <message>
        <source>The scenario has no actual figures to export.</source>
        <translation>Le scénario n&apos;a pas de chiffres réels à exporter.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::historytext</name>
    <message>
        <source>Labour force</source>
        <translation>Population active</translation>
    </message>
    <message>
        <source>the labour force, annual average</source>
        <translation>la population active, moyenne annuelle</translation>
    </message>
    <message>
        <source>Unemployment rate</source>
        <translation>Taux de chômage</translation>
    </message>
    <message>
        <source>the unemployment rate, annual average</source>
        <translation>le taux de chômage, moyenne annuelle</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Assurés</translation>
    </message>
    <message>
        <source>insured persons (contributors)</source>
        <translation>personnes assurées (cotisants)</translation>
    </message>
    <message>
        <source>Contributory wage bill</source>
        <translation>Masse salariale cotisable</translation>
    </message>
    <message>
        <source>total covered (contributory) wages of the year</source>
        <translation>total des salaires couverts (soumis à cotisation) de l&apos;année</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <source>contributions received in the year (all payers)</source>
        <translation>cotisations reçues dans l&apos;année (tous payeurs)</translation>
    </message>
    <message>
        <source>State subsidy</source>
        <translation>Subvention de l&apos;État</translation>
    </message>
    <message>
        <source>the state&apos;s payments into the fund other than contributions</source>
        <translation>les versements de l&apos;État au fonds autres que des cotisations</translation>
    </message>
    <message>
        <source>New claims</source>
        <translation>Nouvelles demandes</translation>
    </message>
    <message>
        <source>new beneficiaries in the year</source>
        <translation>nouveaux bénéficiaires dans l&apos;année</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>beneficiaries, average over the year</source>
        <translation>bénéficiaires, moyenne sur l&apos;année</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Prestations</translation>
    </message>
    <message>
        <source>benefits paid in the year</source>
        <translation>prestations versées dans l&apos;année</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>total expenditure of the year: benefits, other expenditure and administration</source>
        <translation>dépenses totales de l&apos;année : prestations, autres dépenses et frais de gestion</translation>
    </message>
    <message>
        <source>Investment income</source>
        <translation>Revenus des placements</translation>
    </message>
    <message>
        <source>the fund&apos;s investment income (negative: losses or interest paid)</source>
        <translation>les revenus des placements du fonds (négatifs : pertes ou intérêts payés)</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>the fund at the end of the year</source>
        <translation>le fonds en fin d&apos;année</translation>
    </message>
    <message>
        <source>from 0 % to below 100 %</source>
        <translation>de 0 % à moins de 100 %</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>n&apos;importe quel nombre</translation>
    </message>
    <message>
        <source>zero or more</source>
        <translation>zéro ou plus</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 par an</translation>
    </message>
    <message>
        <source>persons a year</source>
        <translation>personnes par an</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is out of range for %2: %3</source>
        <translation>%1 est hors des limites pour %2 : %3</translation>
    </message>
</context>
<context>
    <name>tideover::ui::UserGuideWindow</name>
    <message>
        <source>Tideover User Guide</source>
        <translation>Guide de l&apos;utilisateur de Tideover</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the previous page (Alt+Left)</source>
        <translation>Revenir à la page précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>The start of the user guide</source>
        <translation>Le début du guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>tideover::ui::WorkbookExport</name>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Projection years</source>
        <translation>Années de projection</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Écrit par</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Year the reserve is depleted</source>
        <translation>Année d&apos;épuisement de la réserve</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Lowest reserve ratio (years of expenditure)</source>
        <translation>Ratio de réserve le plus bas (années de dépenses)</translation>
    </message>
    <message>
        <source>Year of the lowest reserve ratio</source>
        <translation>Année du ratio de réserve le plus bas</translation>
    </message>
    <message>
        <source>Break-even contribution rate</source>
        <translation>Taux de cotisation d&apos;équilibre</translation>
    </message>
    <message>
        <source>Reserve ratio in the last year (years of expenditure)</source>
        <translation>Ratio de réserve la dernière année (années de dépenses)</translation>
    </message>
    <message>
        <source>Target reserve ratio (years of expenditure)</source>
        <translation>Ratio de réserve cible (années de dépenses)</translation>
    </message>
    <message>
        <source>Stochastic projection (Risk sheet)</source>
        <translation>Projection stochastique (feuille Risk)</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Trajectoires</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>First year in which half the paths are depleted</source>
        <translation>Première année où la moitié des trajectoires ont épuisé la réserve</translation>
    </message>
    <message>
        <source>Probability of depletion by the last year</source>
        <translation>Probabilité d&apos;épuisement d&apos;ici la dernière année</translation>
    </message>
    <message>
        <source>Stress test (Stress sheet)</source>
        <translation>Test de résistance (feuille Stress)</translation>
    </message>
    <message>
        <source>Recession</source>
        <translation>Récession</translation>
    </message>
    <message>
        <source>Starts in</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Peak rise of the unemployment rate</source>
        <translation>Hausse maximale du taux de chômage</translation>
    </message>
    <message>
        <source>Months to the peak</source>
        <translation>Mois jusqu&apos;au pic</translation>
    </message>
    <message>
        <source>Months back to the scenario&apos;s rate</source>
        <translation>Mois pour revenir au taux du scénario</translation>
    </message>
    <message>
        <source>Factor on job losses during the recession</source>
        <translation>Facteur appliqué aux pertes d&apos;emploi pendant la récession</translation>
    </message>
    <message>
        <source>With the recession</source>
        <translation>Avec la récession</translation>
    </message>
    <message>
        <source>Without the recession</source>
        <translation>Sans la récession</translation>
    </message>
    <message>
        <source>Months of benefits the reserve covers in the peak year</source>
        <translation>Mois de prestations couverts par la réserve l&apos;année du pic</translation>
    </message>
    <message>
        <source>Month the reserve is depleted (1-12)</source>
        <translation>Mois d&apos;épuisement de la réserve (1-12)</translation>
    </message>
    <message>
        <source>Highest monthly benefit spending (the month of the largest rise)</source>
        <translation>Dépense mensuelle de prestations la plus élevée (le mois de la plus forte hausse)</translation>
    </message>
    <message>
        <source>Most beneficiaries (the month of the largest rise)</source>
        <translation>Nombre de bénéficiaires le plus élevé (le mois de la plus forte hausse)</translation>
    </message>
    <message>
        <source>Month of that peak (year-month)</source>
        <translation>Mois de ce pic (année-mois)</translation>
    </message>
    <message>
        <source>Comparison (Comparison sheet)</source>
        <translation>Comparaison (feuille Comparison)</translation>
    </message>
    <message>
        <source>Reserve at the end of the year</source>
        <translation>Réserve en fin d&apos;année</translation>
    </message>
    <message>
        <source>Reserve ratio (years of expenditure)</source>
        <translation>Ratio de réserve (années de dépenses)</translation>
    </message>
    <message>
        <source>Income and expenditure</source>
        <translation>Recettes et dépenses</translation>
    </message>
    <message>
        <source>Reserve at the end of each month</source>
        <translation>Réserve en fin de mois</translation>
    </message>
    <message>
        <source>Reserve ratio: percentiles of the random futures</source>
        <translation>Ratio de réserve : percentiles des avenirs aléatoires</translation>
    </message>
    <message>
        <source>Probability of depletion</source>
        <translation>Probabilité d&apos;épuisement</translation>
    </message>
    <message>
        <source>Reserve ratio with and without the recession</source>
        <translation>Ratio de réserve avec et sans la récession</translation>
    </message>
    <message>
        <source>Unemployment rate with and without the recession</source>
        <translation>Taux de chômage avec et sans la récession</translation>
    </message>
    <message>
        <source>Reserve ratio by scenario</source>
        <translation>Ratio de réserve par scénario</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>The scenario has errors; fix them before exporting a workbook.</source>
        <translation>Le scénario comporte des erreurs ; corrigez-les avant d&apos;exporter un classeur.</translation>
    </message>
    <message>
        <source>Could not write the workbook %1: %2.</source>
        <translation>Impossible d&apos;écrire le classeur %1 : %2.</translation>
    </message>
    <message>
        <source>Millions of %1</source>
        <translation>Millions de %1</translation>
    </message>
    <message>
        <source>Cross-subsidy by group (paid in minus drawn out)</source>
        <translation>Solidarité entre groupes (versé moins reçu)</translation>
    </message>
    <message>
        <source>Protection package (Package sheet)</source>
        <translation>Dispositif de protection (feuille Package)</translation>
    </message>
    <message>
        <source>Cost of the package in the last year</source>
        <translation>Coût du dispositif la dernière année</translation>
    </message>
    <message>
        <source>Cost of the package (share of insured wages)</source>
        <translation>Coût du dispositif (part des salaires assurés)</translation>
    </message>
    <message>
        <source>Cost of the package (share of GDP)</source>
        <translation>Coût du dispositif (part du PIB)</translation>
    </message>
    <message>
        <source>Paid by employers</source>
        <translation>Payé par les employeurs</translation>
    </message>
    <message>
        <source>Paid by workers</source>
        <translation>Payé par les travailleurs</translation>
    </message>
    <message>
        <source>Paid by the state</source>
        <translation>Payé par l&apos;État</translation>
    </message>
    <message>
        <source>Unemployed with any benefit of the package</source>
        <translation>Chômeurs percevant au moins une prestation du dispositif</translation>
    </message>
    <message>
        <source>Cost of the package by who pays</source>
        <translation>Coût du dispositif selon qui paie</translation>
    </message>
    <message>
        <source>Unemployed protected, by part of the package</source>
        <translation>Chômeurs protégés, par composante du dispositif</translation>
    </message>
    <message>
        <source>Worker groups (Groups sheet)</source>
        <translation>Groupes de travailleurs (feuille Groups)</translation>
    </message>
    <message>
        <source>Main group</source>
        <translation>Groupe principal</translation>
    </message>
    <message>
        <source>Cost rate in the last year (expenditure / insured wages)</source>
        <translation>Taux de coût la dernière année (dépenses / salaires assurés)</translation>
    </message>
    <message>
        <source>Benefits per unit of contributions in the last year</source>
        <translation>Prestations par unité de cotisations la dernière année</translation>
    </message>
    <message>
        <source>Cross-subsidy in the last year (paid in minus drawn out)</source>
        <translation>Solidarité la dernière année (versé moins reçu)</translation>
    </message>
    <message>
        <source>Cross-subsidy over the projection</source>
        <translation>Solidarité sur toute la projection</translation>
    </message>
</context>
<context>
    <name>tideover::ui::ParameterDiffModel</name>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>Group %1: title</source>
        <translation>Groupe %1 : titre</translation>
    </message>
    <message>
        <source>Group %1: %2 from %3</source>
        <translation>Groupe %1 : %2 à partir de %3</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>Groupe %1 : %2</translation>
    </message>
    <message>
        <source>no such group</source>
        <translation>pas de tel groupe</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>%1 (inherited)</source>
        <translation>%1 (hérité)</translation>
    </message>
</context>
<context>
    <name>tideover::ui::GroupFlowsChart</name>
    <message>
        <source>By worker group</source>
        <translation>Par groupe de travailleurs</translation>
    </message>
    <message>
        <source>Main group</source>
        <translation>Groupe principal</translation>
    </message>
    <message>
        <source>Contributions per year</source>
        <translation>Cotisations par an</translation>
    </message>
    <message>
        <source>Benefits per year</source>
        <translation>Prestations par an</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Assurés</translation>
    </message>
    <message>
        <source>Beneficiaries (average)</source>
        <translation>Bénéficiaires (moyenne)</translation>
    </message>
    <message>
        <source>Paid in minus drawn out per year</source>
        <translation>Versé moins perçu par an</translation>
    </message>
    <message>
        <source>No results: the scenario has errors</source>
        <translation>Aucun résultat : le scénario contient des erreurs</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Out of date: the scenario has errors. The chart shows the last valid results.</source>
        <translation>Périmé : le scénario contient des erreurs. Le graphique montre les derniers résultats valides.</translation>
    </message>
    <message>
        <source>The scenario has one group of workers: add groups in the editor&apos;s Worker groups section to see each one here.</source>
        <translation>Le scénario n&apos;a qu&apos;un groupe de travailleurs : ajoutez des groupes dans la section Groupes de travailleurs de l&apos;éditeur pour voir chacun ici.</translation>
    </message>
</context>
<context>
    <name>tideover::ui::GroupsEditor</name>
    <message>
        <source>Add a Worker Group</source>
        <translation>Ajouter un groupe de travailleurs</translation>
    </message>
    <message>
        <source>Start from a template; every value can be changed afterwards. The group&apos;s size is taken from the employed not yet in a group.</source>
        <translation>Partez d&apos;un modèle ; chaque valeur peut être modifiée ensuite. La taille du groupe est prise sur les actifs occupés qui ne sont encore dans aucun groupe.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Add Group</source>
        <translation>Ajouter le groupe</translation>
    </message>
    <message>
        <source>Groups of workers covered on their own terms: own-account, platform or migrant workers. A group inherits each of the scheme&apos;s values it does not set.</source>
        <translation>Groupes de travailleurs couverts à leurs propres conditions : indépendants, travailleurs des plateformes ou migrants. Un groupe hérite de chaque valeur du régime qu&apos;il ne fixe pas.</translation>
    </message>
    <message>
        <source>Add Group…</source>
        <translation>Ajouter un groupe…</translation>
    </message>
    <message>
        <source>Add a group from a template: formal, public, own-account, platform or migrant workers</source>
        <translation>Ajouter un groupe à partir d&apos;un modèle : salariés du secteur formel, agents publics, indépendants, travailleurs des plateformes ou migrants</translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>The group&apos;s name in the charts, tables and reports</source>
        <translation>Le nom du groupe dans les graphiques, les tableaux et les rapports</translation>
    </message>
    <message>
        <source>The main group is the scheme itself: its values are those of the sections above. Its share of the employed is the share of wage employees (Coverage).</source>
        <translation>Le groupe principal est le régime lui-même : ses valeurs sont celles des sections ci-dessus. Sa part des actifs occupés est la part des salariés (Couverture).</translation>
    </message>
    <message>
        <source>No group can be added: the scenario has %1 groups already, or the groups hold all of the employed. Lower a group&apos;s share of the employed, or the share of wage employees, to make room.</source>
        <translation>Aucun groupe ne peut être ajouté : le scénario compte déjà %1 groupes, ou les groupes réunissent tous les actifs occupés. Réduisez la part des actifs occupés d&apos;un groupe, ou la part des salariés, pour faire de la place.</translation>
    </message>
    <message>
        <source>Employed not in any group: %1</source>
        <translation>Actifs occupés dans aucun groupe : %1</translation>
    </message>
    <message>
        <source>Main group</source>
        <translation>Groupe principal</translation>
    </message>
    <message>
        <source>Own value</source>
        <translation>Valeur propre</translation>
    </message>
    <message>
        <source>Give the group its own value; clear the box to use the default again</source>
        <translation>Donner au groupe sa propre valeur ; décochez pour revenir à la valeur par défaut</translation>
    </message>
    <message>
        <source>Give the group its own value; clear the box to use the scheme&apos;s value again</source>
        <translation>Donner au groupe sa propre valeur ; décochez pour revenir à la valeur du régime</translation>
    </message>
    <message>
        <source>The default</source>
        <translation>La valeur par défaut</translation>
    </message>
    <message>
        <source>From the scheme (%1)</source>
        <translation>Celle du régime (%1)</translation>
    </message>
</context>
<context>
    <name>tideover::ui::WhoPaysChart</name>
    <message>
        <source>One projection year, or the sum over every year of the projection</source>
        <translation>Une année de projection, ou la somme sur toutes les années de la projection</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>Données (CSV)…</translation>
    </message>
    <message>
        <source>Save this chart as an image, a PDF or its figures as CSV</source>
        <translation>Enregistrer ce graphique en image, en PDF ou ses chiffres en CSV</translation>
    </message>
    <message>
        <source>Who pays, who draws</source>
        <translation>Qui paie, qui perçoit</translation>
    </message>
    <message>
        <source>Paid by its workers</source>
        <translation>Payé par ses travailleurs</translation>
    </message>
    <message>
        <source>Paid by employers</source>
        <translation>Payé par les employeurs</translation>
    </message>
    <message>
        <source>Paid by the state</source>
        <translation>Payé par l&apos;État</translation>
    </message>
    <message>
        <source>Benefits drawn</source>
        <translation>Prestations perçues</translation>
    </message>
    <message>
        <source>Other spending (administration, …)</source>
        <translation>Autres dépenses (administration, …)</translation>
    </message>
    <message>
        <source>paid in − drawn out: %1</source>
        <translation>versé − perçu : %1</translation>
    </message>
    <message>
        <source>All years (sum)</source>
        <translation>Toutes les années (somme)</translation>
    </message>
    <message>
        <source>No results: the scenario has errors.</source>
        <translation>Aucun résultat : le scénario contient des erreurs.</translation>
    </message>
    <message>
        <source>Out of date: the scenario has errors. The chart shows the last valid results.</source>
        <translation>Périmé : le scénario contient des erreurs. Le graphique montre les derniers résultats valides.</translation>
    </message>
    <message>
        <source>The scenario has one group of workers: add groups in the editor&apos;s Worker groups section to see what each pays in and draws out.</source>
        <translation>Le scénario n&apos;a qu&apos;un groupe de travailleurs : ajoutez des groupes dans la section Groupes de travailleurs de l&apos;éditeur pour voir ce que chacun verse et perçoit.</translation>
    </message>
    <message>
        <source>Over the whole projection (%1)</source>
        <translation>Sur toute la projection (%1)</translation>
    </message>
    <message>
        <source>In %1 (%2)</source>
        <translation>En %1 (%2)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Le graphique n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>tideover::core::groups</name>
    <message>
        <source>Formal employees</source>
        <translation>Salariés du secteur formel</translation>
    </message>
    <message>
        <source>Wage employees under the scheme&apos;s own rules, e.g. a sector brought in later.</source>
        <translation>Salariés soumis aux règles du régime, par exemple un secteur intégré plus tard.</translation>
    </message>
    <message>
        <source>Public employees</source>
        <translation>Agents publics</translation>
    </message>
    <message>
        <source>Civil servants and public-sector employees: full compliance, a third of the job-loss risk.</source>
        <translation>Fonctionnaires et salariés du secteur public : conformité totale, un tiers du risque de perte d&apos;emploi.</translation>
    </message>
    <message>
        <source>Own-account workers (voluntary)</source>
        <translation>Travailleurs indépendants (volontaire)</translation>
    </message>
    <message>
        <source>Self-employed who may join by choice on a declared income, as in Korea since 2012: few join, and those who do are more at risk.</source>
        <translation>Indépendants qui peuvent adhérer par choix sur un revenu déclaré, comme en Corée depuis 2012 : peu adhèrent, et ceux qui le font sont plus exposés.</translation>
    </message>
    <message>
        <source>Platform workers</source>
        <translation>Travailleurs des plateformes</translation>
    </message>
    <message>
        <source>Delivery riders and drivers covered by law, the platform paying the employer&apos;s share, as in Korea since 2021; unstable work and weak compliance.</source>
        <translation>Livreurs et chauffeurs couverts par la loi, la plateforme payant la part de l&apos;employeur, comme en Corée depuis 2021 ; travail instable et faible conformité.</translation>
    </message>
    <message>
        <source>Registered migrant workers</source>
        <translation>Travailleurs migrants enregistrés</translation>
    </message>
    <message>
        <source>Foreign workers with permits: many go home when the job ends and benefits are not paid abroad (Malaysia&apos;s EIS excludes them; Thailand&apos;s fund covers them).</source>
        <translation>Travailleurs étrangers avec permis : beaucoup rentrent chez eux à la fin de l&apos;emploi et les prestations ne sont pas versées à l&apos;étranger (l&apos;EIS de la Malaisie les exclut ; le fonds de la Thaïlande les couvre).</translation>
    </message>
</context>
<context>
    <name>tideover::ui::PackageChart</name>
    <message>
        <source>Employers</source>
        <translation>Employeurs</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
    <message>
        <source>The state</source>
        <translation>L’État</translation>
    </message>
</context>
<context>
    <name>tideover::ui::PackageComparisonView</name>
    <message>
        <source>The projection year whose costs are compared</source>
        <translation>L’année de projection dont les coûts sont comparés</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>% of covered wages</source>
        <translation>% des salaires couverts</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Billions, each in its own currency</source>
        <translation>Milliards, chacun dans sa monnaie</translation>
    </message>
    <message>
        <source>Millions, each in its own currency</source>
        <translation>Millions, chacun dans sa monnaie</translation>
    </message>
    <message>
        <source>Thousands, each in its own currency</source>
        <translation>Milliers, chacun dans sa monnaie</translation>
    </message>
    <message>
        <source>Each in its own currency</source>
        <translation>Chacun dans sa monnaie</translation>
    </message>
    <message>
        <source>Billions of %1</source>
        <translation>Milliards de %1</translation>
    </message>
    <message>
        <source>Millions of %1</source>
        <translation>Millions de %1</translation>
    </message>
    <message>
        <source>Thousands of %1</source>
        <translation>Milliers de %1</translation>
    </message>
    <message>
        <source>Cost of the package by payer, %1</source>
        <translation>Coût de la protection par payeur, %1</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Employeurs</translation>
    </message>
    <message>
        <source>Insurance contributions, severance pay (or the severance fund&apos;s contributions) and the employers&apos; payments into savings accounts and the solidarity fund</source>
        <translation>Cotisations d’assurance, indemnités de licenciement (ou cotisations au fonds d’indemnités) et versements des employeurs aux comptes d’épargne et au fonds de solidarité</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
    <message>
        <source>Insurance contributions and the workers&apos; savings contributions</source>
        <translation>Cotisations d’assurance et versements d’épargne des travailleurs</translation>
    </message>
    <message>
        <source>The state</source>
        <translation>L’État</translation>
    </message>
    <message>
        <source>The state&apos;s insurance contributions, subsidy and transfers, its solidarity-fund contribution and unemployment assistance</source>
        <translation>Cotisations, subvention et transferts de l’État à l’assurance, sa contribution au fonds de solidarité et l’assistance chômage</translation>
    </message>
    <message>
        <source>Package cost</source>
        <translation>Coût de la protection</translation>
    </message>
    <message>
        <source>What the three payers hand over in the year</source>
        <translation>Ce que les trois payeurs versent dans l’année</translation>
    </message>
    <message>
        <source>The package&apos;s cost over the covered wage bill</source>
        <translation>Le coût de la protection rapporté à la masse salariale couverte</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>% du PIB</translation>
    </message>
    <message>
        <source>The package&apos;s cost over GDP (a dash when GDP is not given)</source>
        <translation>Le coût de la protection rapporté au PIB (un tiret si le PIB n’est pas donné)</translation>
    </message>
    <message>
        <source>Unemployed protected</source>
        <translation>Chômeurs protégés</translation>
    </message>
    <message>
        <source>Share of the unemployed receiving insurance, assistance or savings withdrawals (each person once)</source>
        <translation>Part des chômeurs qui reçoivent l’assurance, l’assistance ou des retraits d’épargne (chaque personne une fois)</translation>
    </message>
    <message>
        <source>… by the insurance</source>
        <translation>… par l’assurance</translation>
    </message>
    <message>
        <source>Share of the unemployed receiving insurance benefits</source>
        <translation>Part des chômeurs qui reçoivent des prestations d’assurance</translation>
    </message>
    <message>
        <source>Job losers paid severance</source>
        <translation>Licenciés indemnisés</translation>
    </message>
    <message>
        <source>Share of those who lost a job in the year who were paid severance (a dash without severance pay)</source>
        <translation>Part de ceux qui ont perdu leur emploi dans l’année et ont reçu une indemnité de licenciement (un tiret sans indemnités)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Every part of the package is off in %1: the insurance alone.</source>
        <translation>Aucun volet de la protection n’est activé dans %1 : l’assurance seule.</translation>
    </message>
    <message>
        <source>No figures for %1 in %2 (no valid results, or the year is outside its projection).</source>
        <translation>Pas de chiffres pour %1 en %2 (pas de résultats valides, ou l’année est hors de sa projection).</translation>
    </message>
</context>
</TS>
