import type { AllianceType, RoadmapPriority } from "./vocabulary";

// The Alliance's members from the start (ADR 018): the five teams of the
// UNESCO–Huawei project, which "will become members of the UNESCO STEM
// Alliance" (the project page), and the national and regional STEM platforms
// the catalogue knows from the EU STEM Coalition's profiles. Profiles are our
// own words from the catalogue's sources. They joined, as far as the sources
// say, with the project's launch in March 2024.

export const FOUNDING_JOINED_ON = "2024-03-01";

export type FoundingMember = {
  /** The catalogue entry the organisation is (or is created from). */
  slug: string;
  type: AllianceType;
  priorities: RoadmapPriority[];
  profile: string;
};

export const FOUNDING_MEMBERS: readonly FoundingMember[] = [
  {
    slug: "gender-and-stem-education-in-romania",
    type: "school-network",
    priorities: ["gender-gap", "learning-model"],
    profile:
      "A UNESCO/Huawei project team from Belgium and Romania that works for a stronger place of girls and women in STEM. It pilots gender-integrated STEM teaching at the Hermann Oberth German International School together with organisations that encourage girls in science and technology.",
  },
  {
    slug: "techbridge",
    type: "ngo",
    priorities: ["digital-gap", "capabilities"],
    profile:
      "A UNESCO/Huawei project team in Germany that offers refugees and migrants digital education, building advanced digital skills that help them into the European labour market.",
  },
  {
    slug: "quakesafe",
    type: "university-research",
    priorities: ["research-innovation", "learning-model"],
    profile:
      "A UNESCO/Huawei project team led by Ss. Cyril and Methodius University in Skopje. It develops research and teaching in earthquake engineering and brings hands-on lessons on seismic safety into classrooms.",
  },
  {
    slug: "teaching-primary-mathematics-through-problem-solving-lesson-study",
    type: "ministry-agency",
    priorities: ["capabilities", "learning-model", "research-innovation"],
    profile:
      "A UNESCO/Huawei project team in Malta (INSOLVU), led by the education ministry with the University of Malta, in which teachers use lesson study to put problem-solving at the centre of primary mathematics.",
  },
  {
    slug: "unesco-microscience-experiments-romania",
    type: "university-research",
    priorities: ["learning-model", "capabilities"],
    profile:
      "A UNESCO/Huawei project team in Romania, coordinated by the International Centre for Advanced Training and Research in Physics, that brings UNESCO's small-scale microscience experiments into the school curriculum.",
  },
  {
    slug: "steam-plus-albania",
    type: "national-stem-platform",
    priorities: ["learning-model", "knowledge-sharing"],
    profile:
      "Barleti University's national STEAM initiative in Albania: a programme of curricula and training, a national STEAM centre with a maker space, and an online hub of information on STEAM learning.",
  },
  {
    slug: "eited",
    type: "national-stem-platform",
    priorities: ["research-innovation", "knowledge-sharing"],
    profile:
      "A Bulgarian institute founded in 2019 that organises the national SMART STEM conference and publishes the country's first scientific journal on STEM education.",
  },
  {
    slug: "mintvernetzt",
    type: "national-stem-platform",
    priorities: ["knowledge-sharing", "gender-gap"],
    profile:
      "Germany's nationwide service and contact point for STEM educators, part of the federal STEM Action Plan, with a digital platform for networking and a focus on girls and young women.",
  },
  {
    slug: "zdi-zukunft-durch-innovation",
    type: "national-stem-platform",
    priorities: ["knowledge-sharing", "capabilities"],
    profile:
      "The STEM platform of North Rhine-Westphalia, backed by three state ministries, whose local networks and school labs link schools, universities and companies to lead young people into STEM.",
  },
  {
    slug: "teknikcollege",
    type: "national-stem-platform",
    priorities: ["capabilities", "knowledge-sharing"],
    profile:
      "Sweden's largest collaborative platform for skills in industry, in which companies, municipalities and education providers shape certified technical education together.",
  },
  {
    slug: "turkish-stem-alliance",
    type: "national-stem-platform",
    priorities: ["knowledge-sharing", "research-innovation"],
    profile:
      "An independent network in Türkiye, founded in 2015, that brings STEM practitioners, researchers, policymakers and the public together to improve STEM education.",
  },
  {
    slug: "ucl-engineering",
    type: "university-research",
    priorities: ["gender-gap", "capabilities"],
    profile:
      "The engineering faculty of University College London, profiled by the EU STEM Coalition for its schools engagement, its engineering education research and its 50.50 initiative for equal participation of girls.",
  },
  {
    slug: "vlaio",
    type: "ministry-agency",
    priorities: ["knowledge-sharing", "capabilities"],
    profile: "Flanders' agency for innovation and entrepreneurship, which coordinated the Flemish STEM strategy, the STEM-Actieplan 2012-2020.",
  },
  {
    slug: "valnalon",
    type: "ministry-agency",
    priorities: ["learning-model", "capabilities"],
    profile:
      "A public agency of Asturias in Spain that promotes enterprise education in schools, supports start-ups and helps carry out the ASTURIAS 4 STEAM strategy.",
  },
];
