namespace CareerGuide.Bench.Generator;

/// <summary>A home-page category with the words its roles are made of; the pay factor spreads salaries between categories.</summary>
internal sealed record Category(string Name, string[] Fields, string[] Nouns, string[] Tools, string[] Industries, double PayFactor);

/// <summary>The word lists guides are composed from: small, but enough that no two guides read the same.</summary>
internal static class Vocabulary
{
    public static readonly Category[] Categories =
    [
        new("Customer Support", ["Customer Support", "Help Desk", "Technical Support", "Client Success"], ["Specialist", "Agent", "Coordinator", "Analyst"],
            ["Zendesk", "Freshdesk", "Jira Service Management", "Intercom", "Salesforce Service Cloud"], ["Software", "Telecommunications", "E-commerce"], 0.8),
        new("Data and Analytics", ["Data", "Business Intelligence", "Reporting", "Marketing Analytics"], ["Analyst", "Engineer", "Scientist", "Consultant"],
            ["SQL", "Python", "Power BI", "Tableau", "dbt", "Apache Spark"], ["Finance", "Retail", "Healthcare"], 1.2),
        new("Software Engineering", ["Software", "Backend", "Frontend", "Mobile", "Platform"], ["Engineer", "Developer", "Architect", "Tester"],
            ["Git", "Docker", "Kubernetes", "Visual Studio Code", "GitHub Actions", "PostgreSQL"], ["Software", "Finance", "Media"], 1.4),
        new("Healthcare", ["Clinical", "Health Information", "Pharmacy", "Patient Care"], ["Technician", "Coordinator", "Specialist", "Assistant"],
            ["Epic", "Cerner", "Meditech", "electronic health records"], ["Hospitals", "Clinics", "Public health"], 0.9),
        new("Finance", ["Payroll", "Accounts Payable", "Tax", "Financial", "Audit"], ["Analyst", "Accountant", "Officer", "Advisor"],
            ["Excel", "SAP", "Oracle NetSuite", "QuickBooks", "Xero"], ["Banking", "Insurance", "Public sector"], 1.1),
        new("Marketing", ["Content", "Digital Marketing", "Brand", "Search", "Social Media"], ["Specialist", "Strategist", "Coordinator", "Writer"],
            ["Google Analytics", "HubSpot", "Semrush", "Canva", "Mailchimp"], ["Agencies", "Retail", "Consumer goods"], 1.0),
        new("Operations", ["Supply Chain", "Logistics", "Procurement", "Facilities", "Inventory"], ["Planner", "Coordinator", "Analyst", "Supervisor"],
            ["SAP", "Oracle SCM", "Excel", "warehouse management systems"], ["Manufacturing", "Retail", "Transport"], 0.95),
        new("Security and Infrastructure", ["Security", "Network", "Cloud", "Identity", "Systems"], ["Engineer", "Administrator", "Analyst", "Architect"],
            ["AWS", "Azure", "Terraform", "Splunk", "Wireshark", "Active Directory"], ["Software", "Government", "Finance"], 1.35),
        new("Human Resources", ["Recruiting", "People Operations", "Benefits", "Learning and Development"], ["Partner", "Coordinator", "Specialist", "Advisor"],
            ["Workday", "BambooHR", "Greenhouse", "LinkedIn Recruiter"], ["Staffing", "Public sector", "Software"], 0.95),
    ];

    // Put before "{field} {noun}" so that every guide gets a title of its own, as on a real site; the first is none.
    public static readonly string[] Qualifiers =
    [
        "", "Regional", "Global", "Remote", "Enterprise", "Public Sector", "Healthcare", "Retail", "Bilingual", "Field", "Contract", "Freelance",
        "Corporate", "Nonprofit", "Startup", "Government", "Education", "Energy", "Insurance", "Banking", "Travel", "Hospitality", "Automotive",
        "Aerospace", "Pharmaceutical", "Telecom", "Media", "Gaming", "Legal", "Construction", "Agriculture", "Manufacturing", "Fintech",
        "E-commerce", "Marketplace", "Nordic", "European", "Asia-Pacific", "North America", "Latin America", "Academic", "Hospital", "Municipal",
        "Federal", "State", "Defence", "Maritime", "Rail", "Utilities", "Mining", "Biotech", "Veterinary", "Dental", "Sports", "Fashion",
        "Food Service", "Real Estate", "Charity", "Museum", "Library", "Logistics", "Airline", "Publishing", "Wholesale",
    ];

    // Level names in order of seniority; {0} is the role's title, {1} its field.
    public static readonly string[] Levels = ["Junior {0}", "{0}", "Senior {0}", "Lead {0}", "Principal {0}", "{1} Manager", "Head of {1}"];

    // Ascending by their first number, as the career-path check requires; management levels keep text after the range.
    public static readonly string[] Years = ["0-1 year", "1-3 years", "3-5 years", "5-8 years", "8-12 years in total, 2-4 in management", "12-15 years in total, 4+ in management", "15+ years"];

    public static readonly string[] Educations =
    [
        "High school diploma", "Some college or an associate's degree", "Bachelor's degree", "Bachelor's degree, often with a professional certification", "Master's degree",
    ];

    public static readonly string[] SoftSkills = ["Clear writing", "Active listening", "Prioritising a busy queue", "Explaining technical ideas in plain words", "Working calmly under pressure", "Coaching colleagues", "Negotiation", "Attention to detail"];

    public static readonly string[] Tasks =
    [
        "keep records accurate and up to date", "answer questions from colleagues and customers", "plan the week's work with the team", "review the results of last month's work",
        "write short reports for managers", "spot problems before they grow", "train new starters", "improve a process that wastes time", "check figures against the source",
        "agree priorities with other departments", "follow up on open issues", "keep documentation current", "estimate how long a piece of work will take",
    ];

    // Sentences for prose; {role} is the title, {roles} its plural, {field} and {tool} and {industry} and {task} what they say.
    public static readonly string[] Sentences =
    [
        "A {role} spends much of the day helping others {task}.",
        "Most {roles} work closely with people outside their own team, so clear communication matters as much as technical skill.",
        "In smaller organisations one {role} may cover the whole {field} function alone.",
        "Larger employers split the work into narrower jobs, each with its own targets.",
        "Employers in {industry} hire {roles} steadily, and the work there has its own rules and vocabulary.",
        "Much of the daily work happens in {tool}, which most employers teach on the job.",
        "Knowing {tool} well is often what separates a strong application from an average one.",
        "The best {roles} keep a record of what they tried and why, so the next person does not start from scratch.",
        "Deadlines cluster at the end of each month and quarter, when the pace picks up noticeably.",
        "The job rewards people who like to {task} and who notice small details.",
        "Newcomers are usually paired with an experienced colleague for their first few weeks.",
        "A typical week mixes planned work with requests that arrive without warning.",
        "Many {roles} say the variety is what keeps the job interesting after several years.",
        "Good judgement about when to ask for help is valued more than knowing every answer.",
        "Automation has taken over some routine tasks, which leaves more time for the harder cases.",
        "Some {roles} specialise in {industry}, where pay is often a little higher.",
        "Progress is measured in results the team can see, such as fewer repeated problems and faster answers.",
        "Certifications help, but employers look first at what you have actually done.",
        "Remote and hybrid arrangements are common, although some teams still prefer to meet in person each week.",
        "The role changes as tools improve, so steady learning is part of the job.",
        "Managers expect a {role} to {task} without being reminded.",
        "Someone moving in from another {field} job can usually bring much of their experience along.",
        "Working hours are mostly regular, with occasional evenings when a deadline or an incident demands it.",
        "Salaries vary with location, industry and the size of the employer.",
        "People who enjoy solving puzzles and helping others tend to do well here.",
        "Experienced {roles} are often asked to review the work of others and to {task}.",
        "The hardest part of the job for many is switching quickly between very different tasks.",
        "Strong notes and clear handovers make the whole team faster.",
    ];

    public static readonly (string Question, string Lead)[] Faqs =
    [
        ("Do I need a degree to become a {role}?", "Not always: many employers accept relevant experience or a certification instead."),
        ("How long does it take to become a {role}?", "Most people need six months to two years, depending on where they start."),
        ("What does a {role} earn at the start?", "Starting pay is usually near the bottom of the range shown above."),
        ("Can a {role} work remotely?", "Often, yes, although it depends on the employer and the team."),
        ("Is the job stressful?", "It can be at busy times, but most weeks are steady and predictable."),
        ("Which certifications are worth having?", "Those tied to the tools your target employers use, such as {tool}, count most."),
        ("What does a typical day look like?", "A mix of planned work and requests that arrive during the day."),
        ("Where can a {role} go next?", "Many move up the ladder above, and some move sideways into a neighbouring field."),
        ("Which industries hire the most {roles}?", "{industry} is one of the largest employers, followed by organisations of every size."),
        ("Is it a good job for career changers?", "Yes: experience from customer-facing or analytical jobs carries over well."),
        ("How do I stand out in an application?", "Show concrete results, and name the tools you have used, such as {tool}."),
        ("Will automation replace {roles}?", "It is changing the work rather than replacing it: routine tasks go, judgement stays."),
        ("Do {roles} work shifts?", "Some do, especially where a service runs around the clock."),
        ("What is the hardest part of the job?", "Balancing many requests at once while keeping quality high."),
    ];

    public static readonly string[] Focus =
    [
        "Learn the core tools thoroughly", "Write clear notes and handovers", "Find root causes, not just symptoms", "Mentor newer colleagues",
        "Own a process end to end", "Improve the team's documentation", "Work with other departments on shared goals", "Plan budgets and headcount",
        "Set the team's priorities for the quarter", "Build relationships with key stakeholders", "Measure results and report them",
    ];
}
