package extract

import (
	"strings"
	"testing"
	"time"
)

func TestWithoutFurniture(t *testing.T) {
	tests := []struct {
		name, text string
		blanked    []string // lines that must be blanked
		kept       []string // lines that must stay
	}{
		{"wire credits", "Kim met Putin.\n(Reporting by Guy Faulconbridge in Moscow; Editing by Lincoln Feast)\nOur Standards: The Thomson Reuters Trust Principles.",
			[]string{"(Reporting by Guy Faulconbridge in Moscow; Editing by Lincoln Feast)", "Our Standards: The Thomson Reuters Trust Principles."},
			[]string{"Kim met Putin."}},
		{"share buttons, source notes and contact", "Share to Facebook\nShare Article via LinkedIn\nKim left.\n" +
			"Material from the Associated Press and Reuters was used in this report.\nData also provided by Reuters\n" +
			"Hannah Lindqvist can be reached at hannah.lindqvist@globe.com. Follow her @hlindqvist.\nFollow me on Twitter or LinkedIn.",
			[]string{"Share to Facebook", "Share Article via LinkedIn", "Material from the Associated Press", "Data also provided by Reuters",
				"Hannah Lindqvist can be reached", "Follow me on Twitter or LinkedIn."}, []string{"Kim left."}},
		{"byline glued to its update time", "By Hannah Lindqvist Globe Staff,Updated September 3, 2025, 8:02 p.m.\n\nKim left.",
			[]string{"By Hannah Lindqvist Globe Staff,Updated"}, []string{"Kim left."}},
		{"sources over a stamp and a credit after a dash", "Kim visits Russia\n\nAA and Harbour Daily\n11:42 - 14/09/2023 Thursday\n\n" +
			"[Photo] Putin and Kim shake hands at the Vostochny Cosmodrome, Sept. 13, 2023. ( Kremlin Press Office - Anadolu Agency )\n\nKim left.",
			[]string{"AA and Harbour Daily", "Kremlin Press Office - Anadolu Agency"}, []string{"Kim left.", "Putin and Kim shake hands"}},
		{"a live page's call to stay and sources credited with information", "Kim left. Stay tuned to News18 for all the latest updates.\n\n" +
			"*With information from Reuters, AFP and Agência Lusa", []string{"News18", "With information from Reuters"}, []string{"Kim left."}},
		{"related videos, associated links and a charity's foot", "Kim left.\n\nRELATED VIDEOS\n- Marcos, Lee Jae-myung to meet on sidelines of APEC?\n" +
			"- PH, Japan troops hold joint drills in Zambales\n\nAssociated links\n- Sanctions Monitoring Team report (PDF)\n- Harbour sanctions related to Russia\n\n" +
			"Harbour House, the Royal Institute of Harbour Affairs, is an independent policy institute based in London. Registered charity no. 208223.",
			[]string{"Marcos, Lee Jae-myung", "PH, Japan troops", "Sanctions Monitoring Team report", "Royal Institute of Harbour Affairs"}, []string{"Kim left."}},
		{"caption credit glued to its full stop", "Kim arrives at Tiananmen Square on Wednesday.Sergei Bobylev/Sputnik/Pool via AP\n\nKim left.",
			[]string{"Sergei Bobylev/Sputnik/Pool via AP"}, []string{"Kim arrives at Tiananmen Square on Wednesday.", "Kim left."}},
		{"Korean road address", "Kim left.\n\nMaeil Business Newspaper, 190 Toegye-ro, Jung-gu, Seoul | Pulse by Maeil Business News Korea\n" +
			"세계일보 SEGYE ILBO | 04518 서울특별시 중구 서소문로 100 (Seosomun-ro 100, Jung-gu, Seoul)",
			[]string{"190 Toegye-ro, Jung-gu", "Seosomun-ro 100, Jung-gu"}, []string{"Kim left."}},
		{"promotions and a site's foot", "Kim left.\n" +
			"Sign up for Harbour Bulletin's daily newsletters. By signing up with an email address, I acknowledge that I have read and agree to the Terms of Service and Privacy Policy.\n" +
			"Harbour Online welcomes readers' comments on all issues covered by the site, along with any criticisms and/or corrections. Readers are asked to limit their comments to 1,000 characters (roughly 200 words) and to make sure they are relevant to the topic at hand.\n" +
			"Harbour Media is reader-funded. Independent journalism in the region depends on your support.\n" +
			"I would like to be emailed about offers, events and updates from Harbour Standard. Read our privacy notice.\n" +
			"Get email notification for articles from Tal Shalev-Koren Follow\n" +
			"About us   Contact us   Advertise with us   Terms of use   Privacy policy   Modern Slavery Act   Sitemap",
			[]string{"Sign up for Harbour Bulletin's", "Harbour Online welcomes", "Harbour Media is reader-funded", "I would like to be emailed",
				"Get email notification", "Modern Slavery Act"}, []string{"Kim left."}},
		{"reports credited, an appeal and dated cards", "Kim left.\n\n— with reports from Reuters and Agence France-Presse/KBK, GMA Integrated News\n" +
			"Independent journalism costs money. Support Harbour Times for the price of a coffee.\n\n" +
			"Aizhan Temirbekova\n15:41, 24 June 2025\nBishkek\n\nNadia Mifsud\n5 min read\nFri, 30 May 2025 | 12:47\n\nShe stayed.",
			[]string{"with reports from Reuters", "Support Harbour Times", "Aizhan Temirbekova", "Nadia Mifsud"}, []string{"Kim left.", "She stayed."}},
		{"menus, credits and feet", "Cyprus | World | Business | Opinion | Life & Style | Sport | Tales from the Coffeeshop | Podcasts\n\n" +
			"Dimas Arya Pratama / DAP\nSeptember 4, 2025 | 8:47 am\n\nKim met Putin.\n\n" +
			"Lavrov is greeted by Kim in Wonsan on Saturday. - REUTERS PIC (via KCNA)\n\n" +
			"Catch all the World News, Breaking News, Business News, Latest News Updates and Events on Live Mint. Download The Mint News App to get Daily Market Updates.\n" +
			"Join the L'Orient Today WhatsApp channel for the latest news from Lebanon and the region.\nA member of Media Prima Group",
			[]string{"Tales from the Coffeeshop", "Dimas Arya Pratama", "REUTERS PIC", "Catch all the World News", "Join the L'Orient Today", "A member of Media Prima Group"},
			[]string{"Kim met Putin.", "Lavrov is greeted by Kim in Wonsan on Saturday."}},
		{"a boasting tagline, tags, long bylines and foot notes", "Premium Herald\nNigeria's leading online newspaper, delivering breaking news from Nigeria\n\n" +
			"Home | Investing | Politics & Society | Economy | Banking | Energy | e-paper | Subscribe\n\n" +
			"Nicholas Tan Wei Jie\nPublished: Jul 13, 2025 2:41 PM\n\n[Share] [Facebook] [X] [WhatsApp]\n\nKim met Putin.\n\n" +
			"Asia & Americas, Europe & Russia, News, North Korea, Russia, Ukraine\n" +
			"Disclaimer: All the comments will be moderated by the Daily Herald editorial.\n" +
			"XYZ is an impartial platform & does not necessarily share the views of opinion writers or advertisers. XYZ presents a diversity of views & regularly invites figures across the political spectrum to write for us.\n" +
			"Support independent journalism. Subscribe to the Harbour Guardian for R30 a month.\nTEXT AD: Call Willie - +2348098788999\n" +
			"Address: 47 Quan Su Street, Hoan Kiem District, Hanoi\nPublished by: Prothom Alo, CA Bhaban, 100 Kazi Nazrul Islam Avenue, Karwan Bazar, Dhaka-1215",
			[]string{"Nigeria's leading", "Politics & Society", "Nicholas Tan Wei Jie", "[Share]", "Asia & Americas", "Disclaimer:", "impartial platform",
				"Support independent journalism", "TEXT AD", "Quan Su Street", "Karwan Bazar"}, []string{"Kim met Putin."}},
		{"a follow line with a digit in the outlet and an imprint", "Kim met Putin.\n\n" +
			"Follow Kurdistan24 on Facebook, X, Instagram, YouTube and Telegram for breaking news from Kurdistan, Iraq and the world.\n" +
			"Published by the Editor on behalf of Harbour Media Ltd, Harbour Complex, 149 Harbour Sarani, Dhaka-1208",
			[]string{"Follow Kurdistan24", "Published by the Editor"}, []string{"Kim met Putin."}},
		{"an outlet with its country, dotted menus and an editor", "Armenia · Azerbaijan · Georgia · North Caucasus · Regional\n\nKim met Putin.\n\n" +
			"Author: Lee Min-ji\nThe Straits Times (Singapore)\nPublished: November 5, 2024, 4:18 pm\n\nEditor-in-Chief: Trine Jonassen",
			[]string{"Armenia · Azerbaijan", "The Straits Times (Singapore)", "Trine Jonassen"}, []string{"Kim met Putin."}},
		{"a fan page and a licence", "Kim met Putin.\n\nIf you have a Facebook account, become a fan and comment on our Facebook Page!\n" +
			"Licence No. 1442/GP-BTTTT issued by the Ministry of Information and Communications",
			[]string{"become a fan", "Licence No."}, []string{"Kim met Putin."}},
		{"topics to follow", "Kim left.\n\nClick the alert icon to follow topics:\nNorth Korea\nRussia\nChina\n\nShe stayed.",
			[]string{"Click the alert icon", "China"}, []string{"Kim left.", "She stayed."}},
		{"author's card with network and agency", "Headline here\n\nEliza Barr\nNews Corp Australia Network\nwith AFP\nJuly 28, 2025 - 4:12PM\n\nKim left.",
			[]string{"Eliza Barr"}, []string{"Kim left."}},
		{"suggested stories", "Kim left.\n\nSuggested\nPyongyang confirms troops in Russia for first time\nUkraine: Russia launches record drone attack on Kyiv\n\nShe stayed.",
			[]string{"Suggested", "Ukraine: Russia launches record drone attack on Kyiv"}, []string{"Kim left.", "She stayed."}},
		{"round 39 page parts", "English ▼ | 한국어 | 中文 | 日本語 | Français | Deutsch | Español | Indonesia | Русский\n[Photo : KCNA/Yonhap]\n\nAnchor Lead\n\n" +
			"Kim left.\n\nKim Bum-soo, KBS World Radio News.\n\nVia MTI, Reuters, Ukrinform\n\n- With Reuters\n\n" +
			"Support Daily Maverick's mission to defend truth. Become an Insider.\n\n" +
			"Asean Business newsletter: Get exclusive insights on the Asean business landscape every Tuesday. Sign up now.\n\n" +
			"13, Yeouigongwon-ro, Yeongdeungpo-gu, Seoul, 07235, Republic of Korea",
			[]string{"English ▼ | 한국어", "[Photo : KCNA/Yonhap]", "Anchor Lead", "Kim Bum-soo, KBS World Radio News.", "Via MTI, Reuters, Ukrinform",
				"- With Reuters", "Become an Insider.", "Sign up now.", "13, Yeouigongwon-ro"}, []string{"Kim left."}},
		{"photo via a chain", "Kim and Orban at the summit in the Puskás Aréna. Photo via MTI/Miniszterelnöki Sajtóiroda/Fischer Zoltán\n\nKim left.",
			[]string{"Photo via MTI/Miniszterelnöki Sajtóiroda/Fischer Zoltán"}, []string{"Kim and Orban at the summit in the Puskás Aréna.", "Kim left."}},
		{"round 40 bylines and credits", "By Anna Kostina in Vladivostok   July 28, 2025\n\nJeong Hyun-jin Reporter | 2025-08-29 16:48:12 (KST)\n\n" +
			"Kim inspects a munitions factory in an undated photo released by the Korean Central News Agency. KCNA·Yonhap\n\nKim left.\n\n" +
			"*About the author: Elena Korsakova is an independent analyst of Russian foreign policy.\n\nJeong Hyun-jin Reporter jhj@sedaily.com",
			[]string{"By Anna Kostina in Vladivostok", "Jeong Hyun-jin Reporter | 2025", "KCNA·Yonhap", "*About the author", "Jeong Hyun-jin Reporter jhj"},
			[]string{"Kim left.", "released by the Korean Central News Agency."}},
		{"round 41 credits", "[Photo] Foreign Minister Penny Wong. Picture by Keegan Carroll\n\nKim left.\n\nAdditional reporting: PA\n\n" +
			"Thanks for reading The Bell! Subscribe for free to receive new posts and support our work.",
			[]string{"Picture by Keegan Carroll", "Additional reporting: PA", "Thanks for reading The Bell!"}, []string{"Kim left."}},
		{"round 42 notes", "Kim left.\n\nDaniel Okafor is an Ottawa-based reporter covering foreign affairs and defence for the Star. Follow him on X: @dokafor\n\n" +
			"Conversations are opinions of our readers and are subject to the Community Guidelines. Toronto Star does not endorse these opinions.",
			[]string{"Daniel Okafor is an Ottawa-based reporter", "subject to the Community Guidelines"}, []string{"Kim left."}},
		{"contributor", "Associated Press writer Kim Tong-hyung in Seoul, South Korea, contributed to this report.\nKim left.",
			[]string{"Associated Press writer Kim Tong-hyung in Seoul, South Korea, contributed to this report."}, []string{"Kim left."}},
		{"reporter and city", "Kim shows missiles\nJustin McCurry in Tokyo\nWed 26 Jul 2023",
			[]string{"Justin McCurry in Tokyo"}, []string{"Kim shows missiles"}},
		{"live post credit", "From CNN's Yoonjung Seo in Seoul\n\nKim thanked Putin.",
			[]string{"From CNN's Yoonjung Seo in Seoul"}, []string{"Kim thanked Putin."}},
		{"photo credit", "Photograph: KCNA/Reuters\nKim and Shoigu at the exhibition.",
			[]string{"Photograph: KCNA/Reuters"}, []string{"Kim and Shoigu at the exhibition."}},
		{"topic links", "Kim met Putin.\nExplore more on these topics\nNorth Korea\nAsia Pacific\n\nShe left Moscow in June.",
			[]string{"Explore more on these topics", "Asia Pacific"}, []string{"She left Moscow in June."}},
		{"story links", "Kim left.\nRead also:\nState Duma ratifies treaty on comprehensive strategic partnership with DPRK\nLavrov, Choe Son-hui discuss situation on Korean Peninsula\n\nSenators voted on Wednesday.",
			[]string{"Read also:", "Lavrov, Choe Son-hui discuss situation on Korean Peninsula"}, []string{"Kim left.", "Senators voted on Wednesday."}},
		{"menu ends at headline", "Menu\nWorld\nAsia Pacific\nLavrov lands in Pyongyang as Russia and North Korea deepen ties",
			[]string{"World", "Asia Pacific"}, []string{"Lavrov lands in Pyongyang as Russia and North Korea deepen ties"}},
		{"lower-case byline", "Kim met Putin.\nby Dariia Kovalenko\nJanuary 7, 2024",
			[]string{"by Dariia Kovalenko"}, []string{"Kim met Putin."}},
		{"service byline", "By RFE/RL's Russian Service\nShoigu met Kim.",
			[]string{"By RFE/RL's Russian Service"}, []string{"Shoigu met Kim."}},
		{"two reporters and cities", "Putin and Kim sign pact\nMax Seddon in Riga and Song Jung-a in Seoul\nJune 19 2024",
			[]string{"Max Seddon in Riga and Song Jung-a in Seoul"}, []string{"Putin and Kim sign pact"}},
		{"copyright", "Kim left.\nCopyright (c) 2025. RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio Liberty, 1201 Connecticut Ave NW, Washington DC 20036.\n[ⓒ The Korea Herald] Copyright\n© 2024 AFP",
			[]string{"Copyright (c) 2025.", "[ⓒ The Korea Herald] Copyright", "© 2024 AFP"}, []string{"Kim left."}},
		{"newsletter box", "Unlock the Editor's Digest for free\nRoula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter.\nSign up for Ukraine Daily\nKim left.",
			[]string{"Unlock the Editor's Digest for free", "Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter.", "Sign up for Ukraine Daily"},
			[]string{"Kim left."}},
		{"newsletter in a story", "\"It is high-profile,\" said Mr. Slater, the newsletter editor.\nBy contrast, Kim stayed in Pyongyang for the talks on Monday.",
			nil, []string{"said Mr. Slater, the newsletter editor.", "By contrast, Kim stayed in Pyongyang for the talks on Monday."}},
		{"share bar", "Kim left.\nShare\nEmail\nFacebook\nTwitter\nFacebook Twitter LinkedIn\nPutin stayed.",
			[]string{"Share", "Email", "Facebook\nTwitter", "Facebook Twitter LinkedIn"}, []string{"Kim left.", "Putin stayed."}},
		{"assistance", "Kim left.\n— With assistance from Alex Wittenberg\nPutin stayed.",
			[]string{"— With assistance from Alex Wittenberg"}, []string{"Kim left.", "Putin stayed."}},
		{"meta line", "Dec 5th 2024 | SEOUL AND TOKYO | 6 min read\nKim left.", []string{"SEOUL AND TOKYO"}, []string{"Kim left."}},
		{"caption credits", "Putin and Kim shake hands in Beijing. (Photo: Sputnik/Pool via REUTERS)\n" +
			"John Kirby speaks at the White House in Washington. (AP Photo)\n" +
			"Kim greets Andrei Belousov in Pyongyang on Friday. Photographer: KCNA via KNS/AP Photo\n" +
			"Photos of Kim (taken by KCNA) were shown on Friday.",
			[]string{"(Photo: Sputnik/Pool via REUTERS)", "(AP Photo)", "Photographer: KCNA via KNS/AP Photo"},
			[]string{"Putin and Kim shake hands in Beijing.", "John Kirby speaks at the White House in Washington.",
				"Kim greets Andrei Belousov in Pyongyang on Friday.", "Photos of Kim (taken by KCNA) were shown on Friday."}},
		{"author list", "Russian Offensive Campaign Assessment\nChristina Harward, Nicole Wolkov, Angelica Evans, and Frederick W. Kagan\n" +
			"Russia, North Korea, Iran and China met.\nJohn Kirby, Antony Blinken and Lloyd Austin said so.",
			[]string{"Christina Harward, Nicole Wolkov, Angelica Evans, and Frederick W. Kagan"},
			[]string{"Russia, North Korea, Iran and China met.", "John Kirby, Antony Blinken and Lloyd Austin said so."}},
		{"masthead and section labels", "Korea JoongAng Daily\n\nNational\nNorth Korea\n\nKim Jong-un shows Shoigu new ICBMs as Russian delegation visits\n" +
			"Kim met Shoigu in Pyongyang.\nSeoul and Moscow watched.\nLog in to leave a comment\nShare on Facebook   Share on Twitter\nFollow Korea JoongAng Daily on X",
			[]string{"Korea JoongAng Daily\n", "National", "North Korea\n", "Share on Facebook   Share on Twitter", "Follow Korea JoongAng Daily on X"},
			[]string{"Kim Jong-un shows Shoigu new ICBMs as Russian delegation visits", "Kim met Shoigu in Pyongyang.", "Seoul and Moscow watched."}},
		{"masthead echoes", "RT\nWorld News\n\nRussia and North Korea sign comprehensive strategic partnership treaty\n" +
			"RT was told by Peskov that talks ran long.\nFollow RT on Telegram\nRT News\nDownload the CNA app\nFollow us on Twitter @globaltimesnews",
			[]string{"RT\nWorld News", "Follow RT on Telegram", "RT News", "Download the CNA app", "Follow us on Twitter @globaltimesnews"},
			[]string{"RT was told by Peskov that talks ran long."}},
		{"one title line stays", "Bremen\n\nBremen is a city in northern Germany.", nil, []string{"Bremen\n\nBremen is a city"}},
		{"place over a section label is no outlet", "North Korea\nPolitics\n\nKim Jong Un meets Putin at the Vostochny Cosmodrome\nNorth Korea fires a missile",
			[]string{"Politics"}, []string{"North Korea fires a missile"}},
		{"bylines with role and address", "Kim left.\nBY MICHAEL LEE [lee.junhyuk@joongang.co.kr]\nBy Kim So-youn, staff reporter\nPutin stayed.",
			[]string{"BY MICHAEL LEE [lee.junhyuk@joongang.co.kr]", "By Kim So-youn, staff reporter"}, []string{"Kim left.", "Putin stayed."}},
		{"agency credits closing captions", "Kim shows Shoigu a weapons exhibition in Pyongyang on Wednesday. [KCNA/YONHAP]\n" +
			"Kim and Putin shake hands at the Vostochny Cosmodrome on Sept. 13. (Yonhap)\n" +
			"A still from a video showing soldiers training in Russia. Credit...Ukrainian Military Intelligence, via Associated Press\n" +
			"(Yonhap)\nThe agency was quoted by the Korean Central News Agency (KCNA).",
			[]string{"[KCNA/YONHAP]", "(Yonhap)\n", "Credit...Ukrainian Military Intelligence, via Associated Press"},
			[]string{"Kim shows Shoigu a weapons exhibition in Pyongyang on Wednesday.", "on Sept. 13.", "training in Russia.",
				"(Yonhap)\nThe agency", "Korean Central News Agency (KCNA)."}},
		{"reporters' notes", "Constant Méheut reported from Kyiv, Ukraine, and Choe Sang-Hun from Seoul.\nKim left.\n" +
			"Constant Méheut covers the war in Ukraine for The Times. Choe Sang-Hun is The Times’s Seoul bureau chief, covering North and South Korea.\n" +
			"A version of this article appears in print on Dec. 18, 2024, Section A, Page 8 of the New York edition with the headline: North Korean Troops Take Losses.\n" +
			"Story by Meduza's news desk\nFrom Wikipedia, the free encyclopedia",
			[]string{"Constant Méheut reported from Kyiv", "Constant Méheut covers the war", "New York edition", "Story by Meduza's news desk", "From Wikipedia"},
			[]string{"Kim left."}},
		{"links after their head", "Kim left.\nREAD MORE: Putin thanks Pyongyang for 'unwavering support' in article for Rodong Sinmun\n" +
			"See more on: Russia-Ukraine War, North Korea, Kim Jong-un\nRelated Content\nInside the Deal That Sent Kim Jong-un’s Soldiers to Europe\n\n" +
			"Putin said: the talks went well.",
			[]string{"Rodong Sinmun", "Russia-Ukraine War, North Korea", "Related Content", "Soldiers to Europe"},
			[]string{"Kim left.", "Putin said: the talks went well."}},
		{"one masthead line ending in an outlet word", "NHK WORLD-JAPAN News\nNorth Korea confirms for first time it sent troops to Russia\nBroadcast: NHK WORLD NEWSLINE",
			[]string{"NHK WORLD-JAPAN News", "Broadcast: NHK WORLD NEWSLINE"}, []string{"North Korea confirms for first time it sent troops to Russia"}},
		{"page title's site", "Lavrov lands in Pyongyang as Russia and North Korea deepen ties | World News\nSkip to main content\nKim met Lavrov | Putin",
			[]string{"| World News"}, []string{"Lavrov lands in Pyongyang as Russia and North Korea deepen ties", "Kim met Lavrov | Putin"}},
		{"reporter's name over the date", "Kim hosts Russian minister\n\nShreyas Reddy\nNovember 18, 2024\n\nVladimir Putin\nJune 19, 2024\nMoscow",
			[]string{"Shreyas Reddy"}, []string{"Vladimir Putin", "Moscow"}},
		{"credits and asks", "Kim left.\nBy Jaewoo Park for RFA Korean\nTranslated by Leejin Jun. Edited by Malcolm Foster.\n" +
			"Hi, this is Dariia Kovalenko. Thank you for reading. If you value our reporting, consider supporting us.\n" +
			"Meduza is a \"foreign agent\" in Russia. We depend on our readers. Donate now\nDepartment: Public Affairs Office\n" +
			"Our live coverage has ended. Scroll through the posts below to read more.\n" +
			"^ Smith, Josh (13 September 2023). \"Putin, Kim meet at Russian spaceport\". Reuters.\n" +
			"Text is available under the Creative Commons Attribution-ShareAlike License.\n" +
			"Want to read more? This story is free, but much of our reporting is for members only. Subscribe to NK Pro for daily analysis.\nPutin stayed.",
			[]string{"Jaewoo Park", "Leejin Jun", "Dariia Kovalenko", "Donate now", "Public Affairs Office", "Scroll through", "Smith, Josh", "Creative Commons", "Subscribe to NK Pro"},
			[]string{"Kim left.", "Putin stayed."}},
		{"addresses, contacts and photo credits", "Kim left.\nKim Arin (arin@heraldcorp.com)\nxxx@yna.co.kr\n" +
			"To contact the reporter on this story: Jon Herskovitz in Seoul at jherskovitz@bloomberg.net\n" +
			"Image source, Getty Images\nPhoto by Kim Hong-ji/Reuters\nEditor: Liu Caiyu\n" +
			"Please write to kim@example.com if Putin calls.\nTop Stories\nPutin hosts Kim in Moscow\n\nPutin stayed.",
			[]string{"Kim Arin (arin@heraldcorp.com)", "xxx@yna.co.kr", "Jon Herskovitz in Seoul", "Image source, Getty Images",
				"Photo by Kim Hong-ji/Reuters", "Editor: Liu Caiyu", "Putin hosts Kim in Moscow"},
			[]string{"Kim left.", "Please write to kim@example.com if Putin calls.", "Putin stayed."}},
		{"outlet pages", "Al Jazeera\n\nNews|Russia-Ukraine war\n\nRussia and North Korea open first road bridge link over the Tumen River\n" +
			"Reuters and Kyodo\nPosted : 2025-01-13 16:45\n\nNam Hyun-woo\n\nMishustin took part by video link, the Kremlin said.\n" +
			"More from South China Morning Post:\nWhy China is quiet on North Korean troops in Russia\n\n" +
			"For the latest news from the South China Morning Post download our mobile app. Copyright 2025.\nReuters and NATO officials met.",
			[]string{"Al Jazeera", "News|Russia-Ukraine war", "Reuters and Kyodo", "Nam Hyun-woo", "More from South China Morning Post:",
				"Why China is quiet", "download our mobile app"},
			[]string{"Russia and North Korea open first road bridge link over the Tumen River", "Mishustin took part by video link, the Kremlin said.",
				"Reuters and NATO officials met."}},
		{"bylines with dates and bios", "Kim left.\nBy Jeong Tae Joo - 2025.03.10 5:00pm\n\nHYUNG-JIN KIM\nKim covers North and South Korea for The Associated Press, based in Seoul.\n" +
			"Jeong Tae Joo\nJeong Tae Joo is one of Daily NK's journalists. He covers North Korean military affairs.\nPutin stayed.",
			[]string{"By Jeong Tae Joo - 2025.03.10 5:00pm", "HYUNG-JIN KIM", "Kim covers North and South Korea", "Jeong Tae Joo\n", "is one of Daily NK's journalists"},
			[]string{"Kim left.", "Putin stayed."}},
		{"name over role, outlet byline with date, membership asks", "Kim left.\n\nJean Mackenzie\nSeoul correspondent\n\nby Kyiv Post | January 13, 2025, 9:41 am\n" +
			"Join our Telegram channel\nUkraine needs your support. Become a member of the Kyiv Post today.\nPutin stayed.",
			[]string{"Jean Mackenzie", "by Kyiv Post | January 13, 2025, 9:41 am", "Join our Telegram channel", "Become a member of the Kyiv Post today."},
			[]string{"Kim left.", "Putin stayed."}},
		{"author card, second reporter without a city, topics", "Kim left.\nJustin McCurry in Tokyo and Pjotr Sauer\n" +
			"Get a look at the day ahead in Asian and world markets with our Morning Bid Asia newsletter. Sign up here.\n" +
			"Suggested Topics:\nAsia Pacific\n\nHyonhee Shin\nThomson Reuters\nSenior correspondent covering North and South Korea.\n\n" +
			"Senior correspondent Kim Tong-hyung said Putin would visit.",
			[]string{"Justin McCurry in Tokyo and Pjotr Sauer", "Morning Bid Asia", "Asia Pacific", "Hyonhee Shin", "Senior correspondent covering"},
			[]string{"Kim left.", "Senior correspondent Kim Tong-hyung said Putin would visit."}},
		{"menu with an abbreviation, agency byline", "Skip to main content\nNewsweek\nSign In\nU.S.\nWorld\n\nPutin gets a boost from North Korea as Kim sends more shells\n" +
			"By Euronews with AP, AFP\nBy Friday, Kim had left.",
			[]string{"U.S.", "By Euronews with AP, AFP"}, []string{"Putin gets a boost from North Korea as Kim sends more shells", "By Friday, Kim had left."}},
		{"story text about reporters and members stays", "Kim left.\n" +
			"Evan Gershkovich is a reporter for The Wall Street Journal who was detained in Russia in March 2023.\n" +
			"Alsu Kurmasheva was a journalist at Radio Free Europe when Russia arrested her.\n" +
			"Anna Smith reported from Kyiv that the strikes had hit a hospital on Monday.\n" +
			"Ukraine wants to become a member of NATO, Zelensky said on Monday.\n" +
			"By Monday, nothing had changed.\nSources: Russia readies new offensive\nPutin stayed.",
			nil, []string{"Evan Gershkovich is a reporter", "Alsu Kurmasheva was a journalist", "Anna Smith reported from Kyiv",
				"become a member of NATO", "By Monday, nothing had changed.", "Sources: Russia readies"}},
		{"headline over a byline or a date", "Putin Visits Pyongyang\nBy AP\n\nPutin arrived on Wednesday.",
			[]string{"By AP"}, []string{"Putin Visits Pyongyang"}},
		{"headline over a date", "Putin Meets Kim Again\nJune 19 2024\n\nKim met Putin.", nil, []string{"Putin Meets Kim Again"}},
		{"names far below the headline", strings.Repeat("Kim met Putin on Monday.\n", 12) + "NATO and EU\nPutin stayed.",
			nil, []string{"NATO and EU"}},
		{"story text stays", "From Moscow's point of view, the deal was a success.\nPhotos of Kim in Moscow were published on Friday by state media, which said he was in good health and would return soon.",
			nil, []string{"From Moscow's point of view, the deal was a success."}},
		{"byline with a role and a second reporter in a city", "Kim left.\nBy Harriet Coldwell, Defence Correspondent, and Will Ashby in Kyiv\n5 November 2024",
			[]string{"By Harriet Coldwell, Defence Correspondent, and Will Ashby in Kyiv"}, []string{"Kim left."}},
		{"read more over headlines", "Kim left.\nRead more\nInside the Far East camps where Kim's soldiers are trained for Ukraine\nPutin's war economy is running out of road\n\nSouth Korea's spy agency said so.",
			[]string{"Inside the Far East camps where Kim's soldiers are trained for Ukraine", "Putin's war economy"},
			[]string{"Kim left.", "South Korea's spy agency said so."}},
		{"numbered story list", "Kim left.\nTop 10 Stories\n1. BTS' Jin to return from military service in June\n2. Doctors' walkout deepens as trainees leave hospitals",
			[]string{"1. BTS' Jin to return from military service in June", "2. Doctors' walkout"}, []string{"Kim left."}},
		{"topics listed on one line", "Related Topics\nNorth Korea, Ukraine, Russia, Vladimir Putin, Kim Jong-un\n\nNorth Korea, Ukraine and Russia met.",
			[]string{"North Korea, Ukraine, Russia, Vladimir Putin, Kim Jong-un"}, []string{"North Korea, Ukraine and Russia met."}},
		{"section label between bars", "Kim left.\nSecurity | East Asia\nBriefing | Russia and North Korea\nEast Asia | Security | Kim Jong Un | North Korea",
			[]string{"Security | East Asia", "Briefing | Russia and North Korea", "East Asia | Security | Kim Jong Un | North Korea"}, []string{"Kim left."}},
		{"author's note after the byline", "By Daniel Hartwell\nSeptember 19, 2023\nAndrei Lankov is a professor at Kookmin University.\n" +
			"Daniel Hartwell is a Seoul-based analyst of Korean security affairs.",
			[]string{"Daniel Hartwell is a Seoul-based analyst"}, []string{"Andrei Lankov is a professor at Kookmin University."}},
		{"newsletter box with its head", "Kim left.\n\nGET BRIEFED\nGet briefed on the story of the week, and developing stories to watch across the Asia-Pacific.\nGet the Newsletter",
			[]string{"GET BRIEFED", "across the Asia-Pacific.", "Get the Newsletter"}, []string{"Kim left."}},
		{"credit after a caption without a full stop", "Up to 11,000 are thought to be in Russia's Kursk region Credit: KCNA via Reuters",
			[]string{"Credit: KCNA via Reuters"}, []string{"Up to 11,000 are thought to be in Russia's Kursk region"}},
		{"agency closing a caption", "Putin shows Kim his limousine at the Vostochny Cosmodrome, Sept. 13, 2023. Yonhap\nKim met Putin. Yonhap reported\nThey met on Sunday. AP-Yonhap",
			[]string{"Yonhap\n", "AP-Yonhap"}, []string{"at the Vostochny Cosmodrome, Sept. 13, 2023.", "Kim met Putin. Yonhap reported", "They met on Sunday."}},
		{"reporter's name with the date or role after it", "Kim left.\nYuliia Ivanova — Saturday, 11 January 2025, 13:25\nRoland Oliphant, Senior Foreign Correspondent\n" +
			"Kim Jong Un — September 13, 2023: met Putin at the Vostochny Cosmodrome\nJohn Kirby, White House spokesman",
			[]string{"Yuliia Ivanova — Saturday", "Roland Oliphant, Senior Foreign Correspondent"},
			[]string{"Kim left.", "Kim Jong Un — September 13, 2023: met Putin", "John Kirby, White House spokesman"}},
		{"outlet's photo and courtesy credits", "Kim left.\nKorea Times photo by Shim Hyun-chul\nKim inspects a factory, Jan. 10. Courtesy of Ministry of Unification",
			[]string{"Korea Times photo by Shim Hyun-chul", "Courtesy of Ministry of Unification"}, []string{"Kim left.", "Kim inspects a factory, Jan. 10."}},
		{"contributor's card with an initial", "Kim left.\n\nMercy A. Kuo\nMercy A. Kuo is a regular contributor to The Diplomat.",
			[]string{"Mercy A. Kuo\n", "Mercy A. Kuo is a regular contributor"}, []string{"Kim left."}},
		{"topic links and channel promotions", "Kim left.\nMore on this topic\nKyiv Post's Ukraine War Today\n\nKyiv Post ✕ Telegram: subscribe to our channel\nSupport UP or become our patron!",
			[]string{"Kyiv Post's Ukraine War Today", "subscribe to our channel", "Support UP or become our patron!"}, []string{"Kim left."}},
		{"translation and editing credits", "Kim left.\nTranslation: Artem Yakymyshyn\nEditing: Teresa Pearce",
			[]string{"Translation: Artem Yakymyshyn", "Editing: Teresa Pearce"}, []string{"Kim left."}},
		{"author's card under its head", "Kim left.\n\nGuest Author\nDaniel Hartwell\nDaniel Hartwell is a nonresident fellow at the Stimson Center.\n\n" +
			"Andrei Lankov is a professor at Kookmin University.",
			[]string{"Guest Author", "Daniel Hartwell\n", "Daniel Hartwell is a nonresident fellow at the Stimson Center."},
			[]string{"Kim left.", "Andrei Lankov is a professor at Kookmin University."}},
		{"outlet's staff", "Kim left.\nStefan Korshak\nKyiv Post Staff Writer\nTelegraph reporters\nSign in to Kyiv Post\nOther Topics of Interest\nWhy North Korea Is Sending Troops to Russia",
			[]string{"Stefan Korshak", "Kyiv Post Staff Writer", "Telegraph reporters", "Sign in to Kyiv Post", "Why North Korea Is Sending Troops to Russia"},
			[]string{"Kim left."}},
		{"photographer and agencies closing a caption", "Shoigu with Kim in Pyongyang, July 26. KCNA via Yonhap\n" +
			"Putin and Kim in Pyongyang in June 2024. Kristina Kormilitsyna / Sputnik / Kremlin\nKim met Putin. Then Lavrov and Choe Son Hui",
			[]string{"KCNA via Yonhap", "Kristina Kormilitsyna / Sputnik / Kremlin"},
			[]string{"Shoigu with Kim in Pyongyang, July 26.", "Putin and Kim in Pyongyang in June 2024.", "Kim met Putin. Then Lavrov and Choe Son Hui"}},
		{"outlet's file picture and agencies joined", "Kim talks with Putin, June 19, 2024. Korea Times file\nKim and Putin. EPA-EFE/KCNA\n" +
			"Kim met Putin in Moscow. Reuters\nreported the talks ran long.",
			[]string{"Korea Times file", "EPA-EFE/KCNA"}, []string{"Kim talks with Putin, June 19, 2024.", "Kim and Putin.", "Kim met Putin in Moscow. Reuters\nreported"}},
		{"reporter's label and video links", "Kim left.\nReporter: Lee Hae-rin\nWatch: Kim Jong Un tours Russian fighter jet factory",
			[]string{"Reporter: Lee Hae-rin", "Watch: Kim Jong Un tours Russian fighter jet factory"}, []string{"Kim left."}},
		{"long newsletter box", "Kim left.\nSign up to the Front Page newsletter for free: Your essential guide to the day's agenda from The Telegraph - direct to your inbox seven days a week.",
			[]string{"from The Telegraph - direct to your inbox"}, []string{"Kim left."}},
		{"tags in title case", "Kim left.\nTAGS\nBureau of East Asian and Pacific Affairs\nKorea, North\nThe Secretary of State\n\nRussia fired missiles.",
			[]string{"Bureau of East Asian and Pacific Affairs", "Korea, North", "The Secretary of State"}, []string{"Kim left.", "Russia fired missiles."}},
		{"menu set apart by spaces", "Kim left.\nChina  Asia  World  Opinion  Economy  Tech  Lifestyle\nWhy you can trust SCMP\nKim left.  Putin stayed.  Lavrov flew home.",
			[]string{"China  Asia  World", "Why you can trust SCMP"}, []string{"Kim left.  Putin stayed.  Lavrov flew home."}},
		{"postal address", "Kim left.\n5-1 Ichigaya Honmuracho, Shinjuku-ku, Tokyo 162-8801\n1600 Pennsylvania Avenue NW, Washington, DC 20500\n" +
			"10,000 North Korean soldiers, the NIS said, arrived in Russia in 2024",
			[]string{"5-1 Ichigaya Honmuracho, Shinjuku-ku, Tokyo 162-8801", "1600 Pennsylvania Avenue NW, Washington, DC 20500"},
			[]string{"Kim left.", "10,000 North Korean soldiers, the NIS said, arrived in Russia in 2024"}},
		{"story heading over a promotion", "Kim left.\n\nBackground\nOn 23 December, Zelensky said more than 3,000 North Korean soldiers had been killed or wounded.\nSupport UP or become our patron!",
			[]string{"Support UP or become our patron!"}, []string{"Background\nOn 23 December, Zelensky said"}},
		{"share bars with more buttons", "Kim left.\nFacebook Twitter Kakao Talk Email Print\nShare: Facebook | X | Telegram | LinkedIn\nPutin stayed.",
			[]string{"Facebook Twitter Kakao Talk Email Print", "Share: Facebook | X | Telegram | LinkedIn"}, []string{"Kim left.", "Putin stayed."}},
		{"menus and labels in the page's top", "FRANCE 24\nThe world in 24 hours\n\nLive | Programmes | Video\n" +
			"France | Africa | Middle East | Americas | Europe | Asia-Pacific | Sport | Culture | Business / Tech | Observers\n\nAsia-Pacific\n\nSouth Korea summons Russian envoy as Putin warns Seoul\n" +
			"Kim left.\n(FRANCE 24 with AFP and Reuters)",
			[]string{"FRANCE 24\n", "France | Africa", "Asia-Pacific\n"},
			[]string{"South Korea summons Russian envoy as Putin warns Seoul", "(FRANCE 24 with AFP and Reuters)"}},
		{"links home and the outlet's notes", "Skip to content\nSky News - back to home\nWatch Live\n\nNorth Korea spy satellite: Russia likely helped\n" +
			"Kim left.\nNewsweek is committed to challenging conventional wisdom.\nBack to top\nSky News is committed to accuracy.\nSky News",
			[]string{"Sky News - back to home", "Back to top", "Sky News is committed", "Sky News"},
			[]string{"North Korea spy satellite: Russia likely helped", "Kim left.", "Newsweek is committed"}},
		{"outlet's note under a masthead in capitals", "BREAKING DEFENSE\nAir\nLand\n\nSeoul says Russia helped build the destroyer\n" +
			"Kim left.\nBreaking Defense is a part of the Breaking Media network.",
			[]string{"Breaking Defense is a part of the Breaking Media network."}, []string{"Kim left."}},
		{"reporter's name over the role and handle", "Kim left.\nTom Ashworth\nNews reporter @TomAshworthSky\n\nThursday 23 November 2023 10:12, UK\nPutin stayed.",
			[]string{"Tom Ashworth\n", "News reporter @TomAshworthSky", "Thursday 23 November 2023 10:12, UK"}, []string{"Kim left.", "Putin stayed."}},
		{"copyright and pic credits closing captions", "Chang Ho-jin speaks to reporters in Seoul on June 20, 2024. © Yonhap via AFP\n" +
			"Putin and To Lam review an honour guard in Hanoi on June 20, 2024. © Minh Hoang, AP\n" +
			"Kim celebrates with scientists after the launch. Pic: KCNA via Reuters\nPutin met Kim, Reuters reported.",
			[]string{"© Yonhap via AFP", "© Minh Hoang, AP", "Pic: KCNA via Reuters"},
			[]string{"Chang Ho-jin speaks to reporters in Seoul on June 20, 2024.", "Putin and To Lam review an honour guard in Hanoi on June 20, 2024.",
				"Kim celebrates with scientists after the launch.", "Putin met Kim, Reuters reported."}},
		{"credits in capitals closing captions", "Choe Son Hui speaks with Sergei Lavrov in Moscow on November 1, 2024. MAXIM SHIPENKOV/POOL/AFP via Getty Images\n" +
			"Kim meets Andrei Belousov in Pyongyang on Nov. 29. KCNA VIA KNS/AFP VIA GETTY IMAGES\n" +
			"Kim waves in Pyongyang on Friday. STR/HANDOUT/KCNA VIA AFP\nKim met Putin. NATO AND EU",
			[]string{"MAXIM SHIPENKOV/POOL/AFP via Getty Images", "KCNA VIA KNS/AFP VIA GETTY IMAGES", "STR/HANDOUT/KCNA VIA AFP"},
			[]string{"Choe Son Hui speaks with Sergei Lavrov in Moscow on November 1, 2024.", "Kim meets Andrei Belousov in Pyongyang on Nov. 29.", "NATO AND EU"}},
		{"bylines with the outlet or the date", "Kim left.\nBy Helen Marchetti, a staff writer at Foreign Policy.\nBy Colin Marsh on May 01, 2025 at 11:04 AM\n" +
			"By Jane Doe, the chief diplomatic correspondent\n" +
			"By Monday on 5 May the troops had left.\nHelen Marchetti is a staff writer at Foreign Policy. X: @hmarchetti",
			[]string{"By Helen Marchetti, a staff writer", "By Colin Marsh on May 01", "By Jane Doe", "Helen Marchetti is a staff writer"},
			[]string{"Kim left.", "By Monday on 5 May the troops had left."}},
		{"newsletter boxes and disclaimers", "Kim left.\nNewsletter: World Brief. FP's flagship evening newsletter guiding you through the day. Sign up\n" +
			"Get the latest analysis from the Carnegie Russia Eurasia Center in your inbox.\n" +
			"Carnegie does not take institutional positions on public policy issues; the views represented herein are those of the author(s).\n" +
			"The views of Kim on the treaty are those of his father, Lankov said.",
			[]string{"Newsletter: World Brief.", "Carnegie Russia Eurasia Center in your inbox.", "Carnegie does not take institutional positions"},
			[]string{"Kim left.", "The views of Kim on the treaty are those of his father, Lankov said."}},
		{"publisher's name over the page's foot", "Kim left.\n\nThe content you requested does not exist.\nFrance Médias Monde\nLegal info | Cookies | Privacy policy | Contact\n\n" +
			"Putin met Kim in Moscow\nPutin Visits Pyongyang\n\nSky News\n© 2023 Sky UK",
			[]string{"France Médias Monde", "Sky News\n©"}, []string{"Kim left.", "Putin met Kim in Moscow\nPutin Visits Pyongyang"}},
		{"filed under and categories", "Kim left.\nFiled under: Choe Hyon, Korean Peninsula, North Korea, Russia, shipbuilding\nPutin stayed.\n" +
			"Categories: Bilateral relations of North Korea | Relations of Russia and Mongolia",
			[]string{"Korean Peninsula", "Mongolia"}, []string{"Kim left.", "Putin stayed."}},
		{"handles, platforms and the outlet asking for comment", "Zelensky said this on Facebook on Thursday, Ukrinform reports.\n" +
			"Trump wrote on his Truth Social platform that he was not happy. Follow @ZelenskyyUa for more; write to kim@example.com.\n" +
			"Newsweek has reached out to the Russian Foreign Ministry for comment by email.\n" +
			"The Kremlin did not respond to Sky News's request for comment. Facebook removed the accounts, Reuters reported.",
			[]string{"Facebook", "Truth Social", "@ZelenskyyUa", "Newsweek", "Sky News"},
			[]string{"Zelensky said this on ", " on Thursday, Ukrinform reports.", "Trump wrote on his ", "kim@example.com",
				"has reached out to the Russian Foreign Ministry for comment", "The Kremlin did not respond to ",
				"Facebook removed the accounts, Reuters reported."}},
		{"picture credits on a line of their own or in parentheses", "Putin and Kim shake hands in Vladivostok, Russia.\nAlexander Zemlianichenko/AP, FILE\n" +
			"Kim Yo-jong has emerged as one of the regime's most prominent voices (AP)\n" +
			"The official Korean Central News Agency (KCNA)\nThe talks ran long, the Associated Press (AP) reported.\nRussia/Ukraine war",
			[]string{"Alexander Zemlianichenko/AP, FILE", "(AP)\n"},
			[]string{"Putin and Kim shake hands in Vladivostok, Russia.", "one of the regime's most prominent voices", "Korean Central News Agency (KCNA)",
				"the Associated Press (AP) reported.", "Russia/Ukraine war"}},
		{"links of the page's foot", "Kim left.\nABC News Network | Privacy Policy | About Nielsen Measurement | Terms of Use | Do Not Sell or Share My Personal Information | Contact Us\n" +
			"About EuronewsCommercial ServicesTerms and ConditionsCookie PolicyPrivacy PolicyContact\n" +
			"YouTube and McDonald's left Russia, citing privacy and legal concerns.",
			[]string{"About Nielsen Measurement", "About EuronewsCommercial Services"},
			[]string{"Kim left.", "YouTube and McDonald's left Russia, citing privacy and legal concerns."}},
		{"masthead written as a logo", "euronews.\nLive\nLatest\nEurope\n\nWorld News\nAsia\n\nKim Jong Un hugs returning soldiers at ceremony for Kursk fighters\nKim left.",
			[]string{"euronews.", "World News\nAsia"}, []string{"Kim Jong Un hugs returning soldiers", "Kim left."}},
		{"tags without a head", "Dr Owen Whitcombe\n20 February 2025\n\nMilitary Sciences\nKorean Peninsula\nRussia\nLand Warfare\n\n" +
			"Learning to fight drones\nThere are signs that the adaptation is real.\n\nKim left.\nPutin stayed.\nLavrov flew home.",
			[]string{"Military Sciences\nKorean Peninsula\nRussia\nLand Warfare"},
			[]string{"Learning to fight drones\nThere are signs", "Kim left.\nPutin stayed.\nLavrov flew home."}},
		{"institute's address and disclaimer", "Kim left.\nThe views expressed in this Commentary are the author's, and do not represent those of the institute.\n" +
			"Whitehall, London, SW1A 2ET\nTroops moved to Kursk, Bryansk and Belgorod.",
			[]string{"do not represent those of the institute.", "Whitehall, London, SW1A 2ET"},
			[]string{"Kim left.", "Troops moved to Kursk, Bryansk and Belgorod."}},
		{"reporters between bars with a role", "Russia pays Kim in oil for shells\n\nHamish Carr, Asia Correspondent | Eleanor Vance\n" +
			"Kim Jong Un, Supreme Leader | Vladimir Putin\nKim left.",
			[]string{"Hamish Carr, Asia Correspondent | Eleanor Vance"}, []string{"Kim Jong Un, Supreme Leader | Vladimir Putin", "Kim left."}},
		{"dates with a dotted clock, the outlet or spaced zone", "Kim left.\nFriday November 22 2024, 6.00pm GMT, The Times\n" +
			"Published 19 Aug 2025 06:00   Sydney time\nOn Friday November 22 2024, Kim met Putin in Moscow at 6.00pm.",
			[]string{"6.00pm GMT, The Times", "Sydney time"}, []string{"Kim left.", "On Friday November 22 2024, Kim met Putin in Moscow at 6.00pm."}},
		{"picture credit in capitals with slashes", "A tanker is loaded with oil at Vostochny in a satellite image\nOPEN SOURCE CENTRE/MAXAR TECHNOLOGIES\n" +
			"Russia/Ukraine war\nUS/NATO forces, Kim said.",
			[]string{"OPEN SOURCE CENTRE/MAXAR TECHNOLOGIES"},
			[]string{"A tanker is loaded with oil at Vostochny in a satellite image", "Russia/Ukraine war", "US/NATO forces, Kim said."}},
		{"outlet's note closing with a promotion, patron asks", "Ukrainska Pravda\nUA | RU | EN\n\nNews | Articles | Opinions\n\n" +
			"Umerov meets Yoon in Seoul to discuss North Korean troops\nKim left.\nSupport Ukrainska Pravda on Patreon!\n" +
			"Ukrainska Pravda is the place where you will find the most up-to-date information about everything related to the war in Ukraine. " +
			"Follow us on Twitter, support us, or become our patron!\n" +
			"Ukrainska Pravda is a news site. Umerov told it on Monday that Seoul would help.\nSupport for Putin on the rise",
			[]string{"Support Ukrainska Pravda on Patreon!", "Follow us on Twitter"},
			[]string{"Kim left.", "Umerov told it on Monday that Seoul would help.", "Support for Putin on the rise"}},
		{"publisher's tagline under the masthead", "The Interpreter\nPublished daily by the Lowy Institute\n\nHome\nTopics\n\n" +
			"Liberation Day in Pyongyang, with a Russian accent\nKim left.",
			[]string{"Published daily by the Lowy Institute"}, []string{"Liberation Day in Pyongyang, with a Russian accent", "Kim left."}},
		{"author's note after a bare byline", "North Korea's big guns are firing in Russia's war.\n\nDaniel Okafor\nFebruary 11, 2025\n\n" +
			"Andrei Lankov, a professor at Kookmin University, said the guns had gone.\nAndrei Lankov is a professor at Kookmin University.\n" +
			"Daniel Okafor is a retired U.S. Army field artillery officer who served two tours in South Korea. He writes on Korean Peninsula security.",
			[]string{"Daniel Okafor is a retired U.S. Army field artillery officer", "He writes on Korean Peninsula security."},
			[]string{"Andrei Lankov, a professor at Kookmin University, said", "Andrei Lankov is a professor at Kookmin University."}},
		{"author's note after a byline with the date", "Kim left.\nYuliia Ivanova — Saturday, 11 January 2025, 13:25\n" +
			"Yuliia Ivanova is a journalist and former analyst with the Ministry of Defence.",
			[]string{"Yuliia Ivanova is a journalist"}, []string{"Kim left."}},
		{"author's note right under the card's head", "Kim left.\n\nAUTHOR\nEleanor Vance is a Sydney-based analyst and a former official with the Australian Public Service.\n\n" +
			"Andrei Lankov is a professor at Kookmin University.",
			[]string{"Eleanor Vance is a Sydney-based analyst"}, []string{"Kim left.", "Andrei Lankov is a professor at Kookmin University."}},
		{"credit chain in parentheses after a capitalised word", "Kim receives Vyacheslav Volodin in Pyongyang on 14 August (KCNA via KNS/AFP via Getty Images)\n" +
			"The talks ran long, according to the Korean Central News Agency (KCNA)\nKim met Volodin on Thursday (AFP)",
			[]string{"(KCNA via KNS/AFP via Getty Images)"},
			[]string{"Kim receives Vyacheslav Volodin in Pyongyang on 14 August", "Korean Central News Agency (KCNA)", "Kim met Volodin on Thursday (AFP)"}},
		{"institute's name over its street address", "Kim left.\n\nLowy Institute\n31 Bligh Street Sydney NSW 2000\n\n" +
			"Stimson Center\nThe guns moved 2000\n1,000 troops moved to Kursk in 2024",
			[]string{"Lowy Institute", "31 Bligh Street Sydney NSW 2000"}, []string{"Kim left.", "Stimson Center\nThe guns moved 2000", "1,000 troops"}},
		{"byline with the outlet between the name and the date", "Kim left.\nBy Daniel Kessler - The Washington Times - Friday, September 13, 2024\n" +
			"By Friday - the day Kim left Moscow - the talks had ended.\nDaniel Kessler writes about Korean security.",
			[]string{"By Daniel Kessler - The Washington Times - Friday, September 13, 2024", "Daniel Kessler writes about"},
			[]string{"Kim left.", "By Friday - the day Kim left Moscow - the talks had ended."}},
		{"credits between bars or dots", "Kim left.\nBy HT News Desk | Edited by Aniket Sharma\n" +
			"Thomson Reuters · Posted: Jun 05, 2025 5:18 AM EDT | Last Updated: June 5\n" +
			"Putin met Kim, Reuters reported | June 5",
			[]string{"By HT News Desk | Edited by Aniket Sharma", "Thomson Reuters · Posted: Jun 05, 2025 5:18 AM EDT | Last Updated: June 5"},
			[]string{"Kim left.", "Putin met Kim, Reuters reported | June 5"}},
		{"files, translations and the author's note after its label", "Kim left.\nWith files from The Associated Press\n" +
			"(Japanese original by Kenta Miyazaki, Political News Department)\n" +
			"About the Author: Elliot Park is a Washington-based analyst who writes about Korean Peninsula security.\n" +
			"Kim met Putin, The Associated Press reported, citing files from the ministry.\nThe original by Tolstoy was read aloud.",
			[]string{"With files from The Associated Press", "Kenta Miyazaki, Political News Department", "Elliot Park is a Washington-based analyst"},
			[]string{"Kim left.", "Kim met Putin, The Associated Press reported, citing files from the ministry."}},
		{"column's disclaimer of its author's views", "Kim left.\nThis column reflects the personal views of the author and does not necessarily reflect " +
			"the opinion of the editorial board or Bloomberg LP and its owners.\nThe statement reflects the views of the author of the treaty, Kim said.",
			[]string{"Bloomberg LP and its owners."}, []string{"Kim left.", "The statement reflects the views of the author of the treaty, Kim said."}},
		{"site asking readers to get its news", "Kim left.\nGet Latest World News along with Latest News and Top Headlines from India and around the world.\n" +
			"Get the latest weapons to the front, Putin told Shoigu in Moscow.",
			[]string{"Top Headlines from India"}, []string{"Kim left.", "Get the latest weapons to the front, Putin told Shoigu in Moscow."}},
		{"menu with a lower-case prefix", "Hindustan Times\nSubscribe\nSign In\nHome | Latest | India | World | Cities | Entertainment | Cricket | Business | Videos | e-Paper\n\n" +
			"North Korea sends special forces to Russia\nKim left.",
			[]string{"Home | Latest | India | World | Cities | Entertainment | Cricket | Business | Videos | e-Paper"}, []string{"North Korea sends special forces to Russia", "Kim left."}},
		{"founding year in the masthead's tagline", "The Mainichi\nJapan's National Daily Since 1922\n\nJapan | World | Business\n\n" +
			"Japan, US, S. Korea defense chiefs sign memo to institutionalize 3-way cooperation\nKim left.",
			[]string{"The Mainichi", "Japan's National Daily Since 1922", "Japan | World | Business"},
			[]string{"Japan, US, S. Korea defense chiefs sign memo", "Kim left."}},
		{"date with the source in parentheses", "Kim left.\n\nJuly 28, 2024 (Mainichi Japan)\n\nOn July 28, 2024 (a Sunday), Kim met Putin.\n" +
			"July 28, 2024 (Sunday): Kim met Putin.",
			[]string{"July 28, 2024 (Mainichi Japan)"}, []string{"Kim left.", "On July 28, 2024 (a Sunday), Kim met Putin.", "July 28, 2024 (Sunday): Kim met Putin."}},
		{"links of the page's foot under their head, publisher's name over them", "Kim left.\n\n" +
			"Hosted by Defense Media Activity - WEB.mil\nDepartment of Defense\nQuick Links\nFOIA\nUSA.gov\n\n" +
			"Footer Links\nMy Account\nConnect with CBC\nHelp Centre\n\nDepartment of Defense\nThe Pentagon said so.",
			[]string{"Department of Defense\nQuick Links", "FOIA", "Connect with CBC", "Help Centre"},
			[]string{"Kim left.", "Department of Defense\nThe Pentagon said so."}},
		{"post office box", "Kim left.\nAudience Relations, CBC P.O. Box 500 Station A Toronto, ON Canada, M5W 1E6\n" +
			"Police searched PO Box 500 in Toronto, ON Canada, on May 5.",
			[]string{"Audience Relations, CBC P.O. Box 500 Station A Toronto, ON Canada, M5W 1E6"},
			[]string{"Kim left.", "Police searched PO Box 500 in Toronto, ON Canada, on May 5."}},
		{"byline with the role before the name", "By North Asia correspondent Alicia Brennan\nBy then correspondent Alicia Brennan had left Seoul.",
			[]string{"By North Asia correspondent Alicia Brennan"}, []string{"By then correspondent Alicia Brennan had left Seoul."}},
		{"caption credit naming the photographer after the agency", "A plane at Sheremetyevo Airport before the flight to Pyongyang. (Reuters: Maxim Shemetov)\n" +
			"Reuters reported the flight landed, citing the photographer Maxim Shemetov.",
			[]string{"(Reuters: Maxim Shemetov)"},
			[]string{"A plane at Sheremetyevo Airport before the flight to Pyongyang.", "Reuters reported the flight landed, citing the photographer Maxim Shemetov."}},
		{"picture credit naming a source of several words", "A lion at a zoo in a photo released by the Primorye Regional Wildlife Service.\n" +
			"Primorye Regional Wildlife Service/AP\nNorth Korea/Russia\nThe Primorye Regional Wildlife Service said the animals arrived.",
			[]string{"Primorye Regional Wildlife Service/AP"},
			[]string{"released by the Primorye Regional Wildlife Service.", "North Korea/Russia", "The Primorye Regional Wildlife Service said the animals arrived."}},
		{"app promotion", "Kim left.\nGet breaking news alerts directly to your phone with the ABC NEWS app.\nOfficials said users could get updates on the government's app.",
			[]string{"Get breaking news alerts directly to your phone with the ABC NEWS app."},
			[]string{"Kim left.", "Officials said users could get updates on the government's app."}},
		{"acknowledgement of country and material copyrighted", "Albanese said the government would acknowledge Torres Strait Islander leaders.\n" +
			"We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.\n" +
			"This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service which is copyrighted and cannot be reproduced.\n" +
			"Reuters and AFP reported that the footage was shown on state TV.",
			[]string{"We acknowledge Aboriginal and Torres Strait Islander peoples", "This service may include material from Agence France-Presse"},
			[]string{"Albanese said the government would acknowledge Torres Strait Islander leaders.", "Reuters and AFP reported that the footage was shown on state TV."}},
		{"reporter's address and the print edition", "Kim wrote to Putin at the Kremlin.\nWrite to Hyun-joo Lee at hyunjoo.lee@wsj.com\n" +
			"Appeared in the July 26, 2025, print edition as 'North Korea Posts Fastest Growth Since 2016'.",
			[]string{"Write to Hyun-joo Lee at hyunjoo.lee@wsj.com", "Appeared in the July 26, 2025, print edition"}, []string{"Kim wrote to Putin at the Kremlin."}},
		{"date stamp with the zone's city", "Kim left.\nPublished on March 27, 2025, at 11:08 am (Paris)\nKim arrived on March 27, 2025, at 11:08 am (Moscow time) in Vladivostok.",
			[]string{"Published on March 27, 2025, at 11:08 am (Paris)"},
			[]string{"Kim left.", "Kim arrived on March 27, 2025, at 11:08 am (Moscow time) in Vladivostok."}},
		{"broadcast hand-over and sign-off", "Daniel Moon\n\nKim met Putin.\nOur Yoon Jung-min reports.\nDaniel Moon's report aired on Friday.\n" +
			"Our reporter asked Lee Sang-min about it.\nKim Jong Un, leader of North Korea, met Putin.\nYoon Jung-min, Arirang News.\nFor NPR News, I'm Daniel Moon in Seoul.",
			[]string{"Daniel Moon\n", "Our Yoon Jung-min reports.", "Yoon Jung-min, Arirang News.", "For NPR News, I'm Daniel Moon in Seoul."},
			[]string{"Kim met Putin.", "Daniel Moon's report aired on Friday.", "Our reporter asked Lee Sang-min about it.", "Kim Jong Un, leader of North Korea, met Putin."}},
		{"transcript label", "[SOUNDBITE] Yoo Sang-bum / People Power Party lawmaker (Korean)\nSOUNDBITE (Korean) Yoon Suk Yeol / South Korean President\nSOTO Kenji said the talks failed.",
			[]string{"[SOUNDBITE]", "SOUNDBITE (Korean)"},
			[]string{"Yoo Sang-bum / People Power Party lawmaker", "Yoon Suk Yeol / South Korean President", "SOTO Kenji said the talks failed."}},
		{"more stories from the outlet", "Kim left.\n\nMore Stories From NPR\nTrump picks Pam Bondi for attorney general after Gaetz withdraws\n" +
			"ICC issues arrest warrants for Netanyahu and Hamas commander\n\nMore from the ministry came on Friday, when it said Kim had left.",
			[]string{"More Stories From NPR", "Trump picks Pam Bondi", "ICC issues arrest warrants"},
			[]string{"Kim left.", "More from the ministry came on Friday, when it said Kim had left."}},
		{"related news and related tags", "Kim left.\n\nRelated News\n- Lavrov holds talks with N. Korean leader Kim Jong-un in Pyongyang\n\nRelated tags\nNATO\nWar in Ukraine",
			[]string{"Related News", "Lavrov holds talks", "Related tags", "NATO", "War in Ukraine"}, []string{"Kim left."}},
		{"site's menu in one paragraph", "Kim left.\n\nBack to Top\nCustomer Center\nSubscribe Now\nDow Jones Products\nBarron's\nDow Jones Newswires\n" +
			"Subscriber Agreement & Terms of Use\nterms of use\nCopyright ©2025 Dow Jones & Company, Inc. All Rights Reserved.\n\n" +
			"Kim arrived.\nPutin waited.\nShoigu spoke.\nLavrov nodded.\nChoe smiled.\nBelousov left.\nKim waved.\nPutin sat.",
			[]string{"Customer Center", "Dow Jones Newswires", "Subscriber Agreement & Terms of Use"},
			[]string{"Kim left.", "Kim arrived.\nPutin waited.\nShoigu spoke.\nLavrov nodded.\nChoe smiled.\nBelousov left.\nKim waved.\nPutin sat."}},
		{"publisher's name over spaced legal links", "Kim left.\n\nArirang International Broadcasting\nAbout Arirang   Privacy Policy   Terms of Service   Contact Us",
			[]string{"Arirang International Broadcasting", "Privacy Policy"}, []string{"Kim left."}},
		{"masthead naming its publisher", "The Japan News by The Yomiuri Shimbun\nSubscribe   Log in\nPolitics   Society   Business   World\n\nHome > Politics > Diplomacy\n\n" +
			"Japan, U.S., South Korea Foreign Ministers Voice 'Serious Concern' over N. Korea-Russia Military Ties\n\n" +
			"Iwaya and Rubio shake hands in Munich on Saturday.\nThe Yomiuri Shimbun\n\nThe Yomiuri Shimbun reported that Iwaya met Rubio.",
			[]string{"The Japan News by The Yomiuri Shimbun", "Home > Politics > Diplomacy", "The Yomiuri Shimbun\n\n"},
			[]string{"Japan, U.S., South Korea Foreign Ministers", "Iwaya and Rubio shake hands in Munich on Saturday.", "The Yomiuri Shimbun reported that Iwaya met Rubio."}},
		{"a title-case headline with by is no masthead", "Ukraine Hit by Russian Drones\nKyiv said 40 drones struck overnight.",
			nil, []string{"Ukraine Hit by Russian Drones", "Kyiv said 40 drones struck overnight."}},
		{"owner's line and page controls over the masthead", "Skip to Main Content\nSkip to Search\nSkip to...\nSelect\nDow Jones, a News Corp company\n" +
			"The Wall Street Journal\nWorld\n\nWORLD\nASIA\n\nNorth Korea's Economy Grows at Fastest Pace in Eight Years as Russia Pays Up\n\nSeoul's central bank says output rose.",
			[]string{"Dow Jones, a News Corp company", "ASIA"},
			[]string{"North Korea's Economy Grows at Fastest Pace in Eight Years as Russia Pays Up", "Seoul's central bank says output rose."}},
		{"headline list under a head", "Kim left.\n\nJN ACCESS RANKING\n1. Sapporo Snow Festival Draws Record Crowds Despite Heavy Snowfall\n" +
			"2. Osaka Expo Ticket Sales Pick up as Opening Nears\n\n\"Politics\" POPULAR ARTICLE\n- LDP, Komeito Begin Talks with Opposition on High School Tuition Waiver\n" +
			"- Ishiba Tells Diet Japan Will Seek Exemption from U.S. Steel Tariffs\n\n" +
			"The statement said\n- North Korea must stop its launches.\n- Russia must end the cooperation.\n\nDelegation\n- Kim Yo Jong\n- Choe Son Hui",
			[]string{"JN ACCESS RANKING", "Sapporo Snow Festival", "Osaka Expo", "POPULAR ARTICLE", "LDP, Komeito Begin Talks", "Ishiba Tells Diet"},
			[]string{"Kim left.", "The statement said\n- North Korea must stop its launches.\n- Russia must end the cooperation.", "Delegation\n- Kim Yo Jong\n- Choe Son Hui"}},
		{"credit in parentheses under its caption", "Lavrov meets Kim Jong Un in Wonsan on July 12. The minister promised tourists\n(KCNA via AFP)\n" +
			"Kim toured the resort, KCNA said, citing Reuters.\n(Yonhap)\nThe agency was quoted by the Korean Central News Agency (KCNA).",
			[]string{"(KCNA via AFP)"},
			[]string{"Lavrov meets Kim Jong Un in Wonsan on July 12. The minister promised tourists", "Kim toured the resort, KCNA said, citing Reuters.",
				"(Yonhap)\nThe agency", "Korean Central News Agency (KCNA)."}},
		{"page controls", "Kim left.\nShare\nFont Size\nText Size\nPutin stayed in Moscow, the size of the crowd unknown.",
			[]string{"Font Size", "Text Size"}, []string{"Kim left.", "Putin stayed in Moscow, the size of the crowd unknown."}},
		{"bylines between commas with a role", "Kim left.\nKim Ji-hyun, Washington Correspondent Lee Jun-hee\n" +
			"Kim Jong Un, Vladimir Putin\nDefense Minister Andrei Belousov, Kim Jong Un\nWashington Correspondent Lee Jun-hee met Kim Jong Un.",
			[]string{"Kim Ji-hyun, Washington Correspondent Lee Jun-hee"},
			[]string{"Kim left.", "Kim Jong Un, Vladimir Putin", "Defense Minister Andrei Belousov, Kim Jong Un", "Washington Correspondent Lee Jun-hee met Kim Jong Un."}},
		{"date stamp with the outlet", "Putin hosts Choe\nOctober 27, 2025 / 1:58 PM EDT / CBS News\nOctober 27, 2025 / Putin met Choe in Moscow\nCBS News reported that Putin met Choe.",
			[]string{"October 27, 2025 / 1:58 PM EDT / CBS News"},
			[]string{"Putin hosts Choe", "October 27, 2025 / Putin met Choe in Moscow", "CBS News reported that Putin met Choe."}},
		{"app prompt and newsletter schedule", "Kim left.\nCLICK HERE TO GET THE FOX NEWS APP\n\nSign up for the Fox News Flash newsletter\nArrives Weekly\n\n" +
			"Fox News Digital reported that Kim arrives weekly in Wonsan.",
			[]string{"CLICK HERE TO GET THE FOX NEWS APP", "Arrives Weekly"},
			[]string{"Kim left.", "Fox News Digital reported that Kim arrives weekly in Wonsan."}},
		{"news feed of timed headlines", "Kim left.\n\nLatest updates\n09:15 Kim arrives in Vladivostok by armoured train\n" +
			"08:50 Shoigu meets Choe Son Hui in Moscow - ministry\n08:50 Air raid alert lifted in Kharkiv region\n\n" +
			"The programme:\n10:00 Putin lands at Sunan airport\n11:30 Talks open at the Kumsusan palace\n\n" +
			"08:40 Russia launched 40 drones, the air force said.\n08:10 Kyiv said the attack was repelled.\n\n" +
			"09:15 Kim arrives in Vladivostok by armoured train",
			[]string{"Latest updates", "09:15 Kim arrives in Vladivostok by armoured train\n08:50", "Shoigu meets Choe Son Hui in Moscow - ministry", "Air raid alert lifted"},
			[]string{"Kim left.", "10:00 Putin lands at Sunan airport\n11:30 Talks open at the Kumsusan palace",
				"08:40 Russia launched 40 drones, the air force said.\n08:10 Kyiv said the attack was repelled.",
				"repelled.\n\n09:15 Kim arrives in Vladivostok by armoured train"}},
		{"the copyright holder's name alone and a long menu", "KPW\nHome | China | World | Business | Tech & Sci | Sports | Culture | Travel | Opinions | Video | Nature | Live\nSearch\n\n" +
			"World\nEurope\n\nKim meets Lavrov in Wonsan, hails \"invincible\" ties\n\nKPW.\n\nLavrov met Kim in Wonsan on Saturday.\n" +
			"KPW reported that Lavrov left.\n\nMore from KPW\nCopyright © 2025 KPW. All rights reserved.",
			[]string{"KPW\nHome | China", "World\nEurope", "KPW.\n", "More from KPW", "Copyright © 2025 KPW."},
			[]string{"Kim meets Lavrov in Wonsan, hails \"invincible\" ties", "Lavrov met Kim in Wonsan on Saturday.", "KPW reported that Lavrov left."}},
		{"the copyright holder's name over its spelled-out name", "Baltic Ledger\nNews Agency of the Baltic Coast\n\nBAL | ENG\n\nPolitics | War | World\n\nWar\n\n" +
			"Russia moves North Korean workers to drone plant, intelligence says\n\nBaltic Ledger reported that 900 workers arrived.\n\n" +
			"© 2001-2025 Baltic Ledger. All rights reserved.",
			[]string{"Baltic Ledger\nNews Agency of the Baltic Coast", "BAL | ENG", "War\n\n"},
			[]string{"Russia moves North Korean workers to drone plant, intelligence says", "Baltic Ledger reported that 900 workers arrived."}},
		{"a short first line that holds no copyright is kept", "Baltic Ledger\n\nBaltic Ledger reported that 900 workers arrived.",
			nil, []string{"Baltic Ledger\n\nBaltic Ledger reported"}},
		{"acronym masthead, kind byline, author bio and publisher's note", "Skip to main content\n\nNKRI | North Korea Research Institute\n\n" +
			"Topics | Regions | Experts | Events\nSearch\n\nBriefs\n\nPorts and Pilgrims: The Quiet Commerce of an Alliance\n\n" +
			"Analysis by Jane Holloway and Min-ji Park\nPublished May 2, 2025\n\nKim toured Vladivostok.\n\n" +
			"Jane Holloway is a senior fellow at the North Korea Research Institute (NKRI). Min-ji Park is a research associate.\n\n" +
			"Briefs are produced by the North Korea Research Institute (NKRI), a private, tax-exempt institution. Its research is nonpartisan.\n\n" +
			"© 2025 by the North Korea Research Institute. All rights reserved.",
			[]string{"NKRI | North Korea Research Institute", "Briefs\n", "Analysis by Jane Holloway and Min-ji Park", "Jane Holloway is a senior fellow",
				"Briefs are produced by the North Korea Research Institute"},
			[]string{"Ports and Pilgrims: The Quiet Commerce of an Alliance", "Kim toured Vladivostok."}},
		{"kind words before by in story text", "Analysis by the Pentagon shows that Kim left.\nReport by South Korea\nAnalysis by Jane Holloway shows that Kim left.\n" +
			"Commentary is produced by the Ministry of Defence.\nAnalysis is published by the ministry every week.",
			nil, []string{"Analysis by the Pentagon shows that Kim left.", "Report by South Korea", "Analysis by Jane Holloway shows that Kim left.",
				"Commentary is produced by the Ministry of Defence.", "Analysis is published by the ministry every week."}},
		{"photo by closing a caption", "Workers build a bridge on the Tumen River in 2024. Photo by Jane Holloway/Reuters\n" +
			"Kim waved. Photos by satellite firm Maxar showed the ships.",
			[]string{"Photo by Jane Holloway/Reuters"},
			[]string{"Workers build a bridge on the Tumen River in 2024.", "Kim waved. Photos by satellite firm Maxar showed the ships."}},
		{"credit in brackets, crew credits and licence note", "Kim left.\n[Edited by Jane Holloway]\n" +
			"Video reporting: Jin Ha-neul / Video editing: Ro Mi-rae\nCamera: Oh Dae-sung\n" +
			"All content is available under the Open Data Licence v2.0, except where otherwise stated\n" +
			"[Putin arrives in Pyongyang]\nVideo footage showed Kim in Wonsan.\n" +
			"The technology is available under a licence from Russia, officials said.\nPutin stayed.",
			[]string{"[Edited by Jane Holloway]", "Jin Ha-neul", "Ro Mi-rae", "Oh Dae-sung", "Open Data Licence"},
			[]string{"Kim left.", "[Putin arrives in Pyongyang]", "Video footage showed Kim in Wonsan.",
				"The technology is available under a licence from Russia, officials said.", "Putin stayed."}},
		{"follow prompt and sign-up consent notes", "Kim left.\n\nFollow Harbour Media on:\n\nFollow us on:\n\nFollow the money:\n" +
			"By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service. You may unsubscribe at any time.\n" +
			"By submitting your email, you agree to our Terms and Privacy Notice.\n" +
			"By signing the treaty, Kim agreed to send troops.\nPutin stayed.",
			[]string{"Follow Harbour Media on:", "Follow us on:", "By signing up, you acknowledge", "By submitting your email"},
			[]string{"Kim left.", "Follow the money:", "By signing the treaty, Kim agreed to send troops.", "Putin stayed."}},
		{"live post authors over their roles", "Kim left.\n\n10:20 BST\nPutin lands in Pyongyang\nJane Holloway\nLive editor\n\n" +
			"Putin was met by Kim.\n\n09:40 BST\nKim waits at the airport\nTom Baker\nReporting from Seoul\n\nKim waited.\n\n" +
			"Kim Jong Un\nReporting from Pyongyang",
			[]string{"Jane Holloway", "Live editor", "Tom Baker", "Reporting from Seoul"},
			[]string{"Kim left.", "Putin lands in Pyongyang", "Kim waits at the airport", "Kim Jong Un\n"}},
		{"transcript labels and a broadcast's hand-over and sign-off", "Kim left.\n\n◀ Anchor ▶\n\nPutin stayed.\n\nReporter Jin Ha-neul has the story.\n\n" +
			"[Reporter]\n\nHarbour TV News, Jin Ha-neul.\n\n[Video]\n[Kim Jong Un]\nReporter Jin Ha-neul was detained in Moscow.\nCentral TV, North Korea.",
			[]string{"◀ Anchor ▶", "Reporter Jin Ha-neul has the story.", "[Reporter]", "Harbour TV News, Jin Ha-neul."},
			[]string{"Kim left.", "Putin stayed.", "[Video]", "[Kim Jong Un]", "Reporter Jin Ha-neul was detained in Moscow.", "Central TV, North Korea."}},
		{"the outlet's name over the date", "HARBOUR WIRE\nWorld | Asia | Business\n\nKim and Putin open rail link\n\n" +
			"HARBOUR WIRE - Mar 3, 2025 - 09:10 | World, All\n\nKim left.\nHarbour Wire - the agency - said Kim left.\n\n" +
			"© 2025 Harbour Wire. All rights reserved.",
			[]string{"HARBOUR WIRE - Mar 3, 2025 - 09:10 | World, All"},
			[]string{"Kim and Putin open rail link", "Kim left.", "Harbour Wire - the agency - said Kim left."}},
		{"related coverage and an outlet's read-more head", "Kim left.\n\nRelated coverage:\nKim and Putin meet in Vladivostok over rail links\n" +
			"Lavrov arrives in Wonsan for talks\n\nPutin stayed.\n\nRead more with Harbour Media\n\nRead more with care.",
			[]string{"Related coverage:", "Kim and Putin meet in Vladivostok over rail links", "Lavrov arrives in Wonsan", "Read more with Harbour Media"},
			[]string{"Kim left.", "Putin stayed.", "Read more with care."}},
		{"picture credit after a bar", "Kim left.\nKim waves at the parade on Monday. | Jane Holloway/AP\nKim met Putin | Lavrov\nTalks ended on Friday. | Moscow",
			[]string{"| Jane Holloway/AP"},
			[]string{"Kim waves at the parade on Monday.", "Kim met Putin | Lavrov", "Talks ended on Friday. | Moscow"}},
		{"a page's foot listing its links one a line", "Kim left.\n\nHelp\nPrivacy\nCookies\nAccessibility statement\nContact\n" +
			"Terms and conditions\nHarbour Digital Service\n\nAbout Harbour Media\nContact us\nAdvertise\nJobs\nPrivacy policy\n" +
			"© 2025 Harbour Media. All rights reserved.\n\nKim's demands:\nTerms of the ceasefire\nPrivacy for his family\nContact with Seoul\n" +
			"A new treaty with Moscow.\n\nContact group\nSeoul\nTokyo\nWashington",
			[]string{"Help\nPrivacy", "Harbour Digital Service", "About Harbour Media", "Jobs\nPrivacy policy"},
			[]string{"Kim left.", "Kim's demands:\nTerms of the ceasefire\nPrivacy for his family\nContact with Seoul\nA new treaty with Moscow.",
				"Contact group\nSeoul\nTokyo\nWashington"}},
		{"tags written as hashtags", "Kim left.\nTags  #NorthKorea #Russia #Ukraine\n#Kursk #DPRK\n" +
			"The #1 priority for Kim is Russia.\nSupporters shared #StandWithUkraine online.\n#Kursk",
			[]string{"Tags  #NorthKorea #Russia #Ukraine", "#Kursk #DPRK"},
			[]string{"Kim left.", "The #1 priority for Kim is Russia.", "Supporters shared #StandWithUkraine online.\n#Kursk"}},
		{"a notice on the reader's browser", "Kim left.\nPlease turn on JavaScript in your browser to enable this feature.\n" +
			"Your browser does not support the video tag.\nHackers used JavaScript to break into the ministry's servers.\n" +
			"The browser war between the two firms went on.",
			[]string{"Please turn on JavaScript", "Your browser does not support the video tag."},
			[]string{"Kim left.", "Hackers used JavaScript to break into the ministry's servers.", "The browser war between the two firms went on."}},
		{"a date alone on its line", "Kim left.\nJun 14, 2024\nFriday, 14 June 2024\nJune 2024\nKim met Putin on June 14, 2024.\n" +
			"Jun Ji-hyun 2024\nmay 2024\nJune 14",
			[]string{"Jun 14, 2024", "Friday, 14 June 2024", "June 2024\n"},
			[]string{"Kim left.", "Kim met Putin on June 14, 2024.", "Jun Ji-hyun 2024", "may 2024", "June 14"}},
		{"a live page's authors with the time of their posts", "Kim left.\n\nJane Holloway (now) and Tom Baker (earlier)\nTom Baker (now)\n\n" +
			"Putin stayed.\nSouth Korea (now) and North Korea (earlier)\nJane Holloway (now) said Kim left.",
			[]string{"Jane Holloway (now) and Tom Baker (earlier)", "Tom Baker (now)\n"},
			[]string{"Kim left.", "Putin stayed.", "South Korea (now) and North Korea (earlier)", "Jane Holloway (now) said Kim left."}},
		{"a section label between the menu and the headline", "Skip to main content\nExclusive news and analysis, for professionals\n" +
			"Learn more about Harbour Data\nWorld\nBusiness\n\nAsia Pacific\n\nFactbox: Kim's trips to Russia as Putin invites him to Moscow\n\n" +
			"SEOUL, Sept 4 (Reuters) - Kim left.\n\nBackground\n\nKim Jong Un and Vladimir Putin at the Vostochny Cosmodrome in 2023\n\n" +
			"We will update this story if we learn more.\nLearn more about the sanctions here.",
			[]string{"Learn more about Harbour Data", "Asia Pacific"},
			[]string{"Factbox: Kim's trips to Russia as Putin invites him to Moscow", "Background\n\nKim Jong Un and Vladimir Putin",
				"We will update this story if we learn more.", "Learn more about the sanctions here."}},
		{"a short first paragraph over the headline without a menu stays", "Asia Pacific\n\nFactbox: Kim's trips to Russia as Putin invites him to Moscow\n\n" +
			"Kim left.\n\nShare\n\nRussia\n\nSpeaking in Moscow on Friday, Putin said Kim would visit\n\nLavrov said so.",
			nil, []string{"Asia Pacific\n", "Russia\n\nSpeaking"}},
		{"breadcrumb trails over the headline", "Home > News > Press Releases\n" +
			"News / World News / Rest of World News / Kim Jong Un to visit Russia this year?\n\nKim Jong Un / Vladimir Putin\n" +
			"Putin / Kim talks ended in Moscow on Friday.\nKim met Putin.",
			[]string{"Home > News > Press Releases", "News / World News / Rest of World News / "},
			[]string{"Kim Jong Un to visit Russia this year?", "Kim Jong Un / Vladimir Putin", "Putin / Kim talks ended in Moscow on Friday.", "Kim met Putin."}},
		{"picture credits after a label and link labels", "Kim left.\nNorth Korean leader Kim Jong Un with Russian President Vladimir Putin (File photo: AP)\n" +
			"Putin and Kim talk in Beijing, China, September 3, 2025. Sputnik/Pool via REUTERS Purchase Licensing Rights, opens new tab\n" +
			"Kim cited the Korean Central News Agency (KCNA)\nThe report (photo: page 3) was released (source: NIS).\nRead the statement, opens new tab",
			[]string{"(File photo: AP)", "Sputnik/Pool via REUTERS Purchase Licensing Rights, opens new tab", ", opens new tab"},
			[]string{"Kim left.", "North Korean leader Kim Jong Un with Russian President Vladimir Putin", "Putin and Kim talk in Beijing, China, September 3, 2025.",
				"Kim cited the Korean Central News Agency (KCNA)", "The report (photo: page 3) was released (source: NIS).", "Read the statement"}},
		{"a live page's welcome naming its outlet", "Welcome to the Harbour Herald's live coverage of the Russia-Ukraine war. Here are the latest developments:\n" +
			"Kim said Putin was welcome to visit Russia's Far East.\nWelcome to Pyongyang, Kim told Putin.",
			[]string{"Harbour Herald"},
			[]string{"Welcome to the ", "'s live coverage of the Russia-Ukraine war.", "Kim said Putin was welcome to visit Russia's Far East.",
				"Welcome to Pyongyang, Kim told Putin."}},
		{"a masthead in two scripts and font controls", "Skip to main content\n한국일보 THE HARBOUR ILBO | English Edition\n" +
			"Home   Politics   North Korea   Economy\nSearch\n\nPolitics > Diplomacy\n\n" +
			"Yoon opens door to arming Ukraine as North Korean troops mass in Russia\n\nFont size  A+  A-    Print    Share\n\n" +
			"Yoon met Duda in Seoul.\nA+ grade for Kim, said the ministry.",
			[]string{"THE HARBOUR ILBO", "Politics > Diplomacy", "Font size  A+  A-    Print    Share"},
			[]string{"Yoon opens door to arming Ukraine as North Korean troops mass in Russia", "Yoon met Duda in Seoul.", "A+ grade for Kim, said the ministry."}},
		{"story links set apart from their head by a blank line", "Kim left.\n\nRelated\n\nPutin and Xi pledge closer partnership during Beijing talks\n" +
			"UN panel monitoring sanctions winds down after Russian veto\n\nLatest updates\n\nGaza aid pier begins operations, US military says\n" +
			"Saudi fund signs deal with global asset manager\n\nLatest\n\nKim arrived in Moscow on Tuesday.\nPutin met him at the station.\n\n" +
			"Related\n\nThe talks on Friday were related to the sanctions that Washington imposed in May, officials in Seoul said.\n\n" +
			"Read more\n\nNATO allies meet in Brussels\n\nLavrov said so.",
			[]string{"Related\n\nPutin and Xi pledge", "UN panel monitoring sanctions winds down", "Latest updates\n\nGaza aid pier", "Saudi fund signs deal"},
			[]string{"Kim left.", "Kim arrived in Moscow on Tuesday.", "Putin met him at the station.", "The talks on Friday were related",
				"NATO allies meet in Brussels", "Lavrov said so."}},
		{"the outlet's slogan under its masthead", "Skip to main content\n\nHarbour News\nThe Gulf's leading English language daily\n\n" +
			"UK targets Russia-North Korea arms trade with new sanctions\n\nLONDON: Britain imposed sanctions on Friday.",
			[]string{"The Gulf's leading English language daily"},
			[]string{"UK targets Russia-North Korea arms trade with new sanctions", "LONDON: Britain imposed sanctions on Friday."}},
		{"a headline under the masthead is no slogan", "Harbour News\nKremlin shuts oldest independent newspaper after police raid\n\nMoscow closed Novaya Gazeta on Friday.",
			nil, []string{"Kremlin shuts oldest independent newspaper after police raid", "Moscow closed Novaya Gazeta on Friday."}},
		{"an agency under the date stamp", "UK targets Russia-North Korea arms trade with new sanctions\n\nUpdated 17 May 2024\nAFP\nMay 17, 2024 16:48\n\n" +
			"LONDON: Britain imposed sanctions on Friday.\nJune 5, 2024\nNATO\n",
			[]string{"AFP\n"}, []string{"LONDON: Britain imposed sanctions on Friday.", "NATO\n"}},
		{"an agency byline over the date stays", "Kim Jong Un meets Lavrov, pledges full support for Russia over Ukraine\n\nKyodo\nJul 13, 2025\n\n" +
			"BEIJING – Kim met Lavrov in Wonsan.", nil, []string{"Kyodo\n"}},
		{"a copyright credit in parentheses closing a caption", "Iwaya poses with G7 ministers in Fiuggi on November 26. (©Harbour Wire)\n" +
			"Kim said the figures (© aside) were final.",
			[]string{"(©Harbour Wire)"}, []string{"Iwaya poses with G7 ministers in Fiuggi on November 26.", "Kim said the figures (© aside) were final."}},
		{"a programme's label opening a caption", "[Harbour 8 News] Russian cargo ship Angara seen in satellite imagery\n" +
			"[Jin Ha-neul / National Assembly Defence Committee]\n[Kim Jong Un] \"We will respond,\" he said.\n[Correction] Kim left Moscow.",
			[]string{"[Harbour 8 News]"},
			[]string{"Russian cargo ship Angara seen in satellite imagery", "[Jin Ha-neul / National Assembly Defence Committee]", "[Kim Jong Un]", "[Correction] Kim left Moscow."}},
		{"links to the site's app and channels", "Kim left.\nHarbour News app | KakaoTalk channel\nSeoul launched a new app | officials said\n",
			[]string{"Harbour News app | KakaoTalk channel"}, []string{"Kim left.", "Seoul launched a new app | officials said"}},
		{"an academic site's disclosure, funding and licence notes", "Disclosure statement\n" +
			"Jane Holloway does not work for or receive funding from any company, and has disclosed no relevant affiliations beyond their academic appointment.\n\n" +
			"Partners\nHarbour University provides funding as a member of The Harbour Review UK.\n\n" +
			"Republish our articles for free, online or in print, under a Creative Commons licence.\n\n" +
			"Kim left.\nThis article is republished from The Harbour Review under a Creative Commons license.\n" +
			"Conflicts of interest: none declared.\n" +
			"Japan provides funding as a member of the coalition, Tokyo said.\n" +
			"Kim Jong Un University provides funding as a member of the Workers' Party, the agency said.\n" +
			"The group receives funding from Moscow, officials said.\nThe article was republished by state media on Monday.",
			[]string{"has disclosed no relevant affiliations", "Harbour University provides funding", "Republish our articles for free",
				"This article is republished from", "Conflicts of interest: none declared."},
			[]string{"Kim left.", "Japan provides funding as a member of the coalition, Tokyo said.", "Kim Jong Un University provides funding",
				"The group receives funding from Moscow, officials said.", "The article was republished by state media on Monday."}},
		{"a share button with the platform's former name", "Kim left.\nEmail\nX (Twitter)\nFacebook\nX (formerly Twitter) said Kim left.",
			[]string{"X (Twitter)"}, []string{"Kim left.", "X (formerly Twitter) said Kim left."}},
		{"an author's affiliation on the card and the sign-off", "Kim left.\n\nAuthor\nJane Holloway\nSenior Lecturer in Korean Studies, Harbour University\n\n" +
			"Kim left Pyongyang, the agency said.\n\nJane Holloway, Harbour University\nJane Holloway, the analyst, said Kim left.",
			[]string{"Jane Holloway\nSenior Lecturer in Korean Studies, Harbour University", "Jane Holloway, Harbour University"},
			[]string{"Kim left Pyongyang, the agency said.", "Jane Holloway, the analyst, said Kim left."}},
		{"a slash between a name and an empty part does not panic", "A /  ,", nil, []string{"A /  ,"}},
		{"an empty programme label does not panic", "[  ] Kim left.", nil, []string{"[  ] Kim left."}},
		{"a line under the card's name that is no affiliation stays", "Kim left.\n\nAuthor\nJane Holloway\nKim Met Putin In Moscow, Officials Said.\nKim left Pyongyang, the agency said.",
			[]string{"Jane Holloway\n"}, []string{"Kim Met Putin In Moscow, Officials Said.", "Kim left Pyongyang, the agency said."}},
		{"a list of newsletters under its sign-up line", "Kim left.\n\nSign up for one of our free newsletters\n" +
			"The Daily Report: Start your day right with Harbour Times' top stories\n" +
			"HT Weekly Report: A weekly roundup of Harbour Times' most-read stories\n\n" +
			"Sign up for our newsletter\nKim Jong Un: We will respond to any attack.\n" +
			"The Morning Report: \"Kim met Putin,\" the daily said.\n\n" +
			"The Daily Report: Kim met Putin in Moscow on his weekly visit.\n",
			[]string{"The Daily Report: Start your day right", "HT Weekly Report: A weekly roundup"},
			[]string{"Kim left.", "Kim Jong Un: We will respond to any attack.", "The Morning Report: \"Kim met Putin,\" the daily said.",
				"The Daily Report: Kim met Putin in Moscow on his weekly visit."}},
		{"font size buttons written as signs", "Kim left.\n\nFont size  +  -\nPrint\n\nText size - Kim says the print was small.\nSeoul + Moscow\n",
			[]string{"Font size  +  -"}, []string{"Kim left.", "Text size - Kim says the print was small.", "Seoul + Moscow"}},
		{"a byline from the outlet's correspondent", "Kim left.\n\nfrom our correspondent Jane Holloway\nFrom our special envoy in Kyiv, Tom Baker\n" +
			"From our correspondent in Capri\n\nFrom our correspondent's notes, Kim left Moscow on Friday.\n" +
			"From a reporter in Seoul came the news that Kim left.\nFrom our correspondents Kim and Putin heard nothing, Lavrov said.\n",
			[]string{"from our correspondent Jane Holloway", "From our special envoy in Kyiv, Tom Baker", "From our correspondent in Capri"},
			[]string{"Kim left.", "From our correspondent's notes, Kim left Moscow on Friday.", "From a reporter in Seoul came the news that Kim left.",
				"From our correspondents Kim and Putin heard nothing, Lavrov said."}},
		{"an outlet's appeal to its readers", "Kim left.\n\nA message from The Harbour Times:\n\nDear readers,\n\n" +
			"We are facing unprecedented challenges. Harbouria's Prosecutor General's Office has designated The Harbour Times as an \"undesirable\" organization.\n\n" +
			"These actions are direct attempts to silence independent journalism. Support us today.\n\nContinue\n\nKremlin Says No Plans Yet for Kim Visit\n\n" +
			"A letter from Kim:\n\n\"We will fight on,\" Kim wrote to Putin.\n\nThe letter was read on state television.\n\n" +
			"Dear friends,\nPutin told the crowd that Russia would support us, Kim said.\n",
			[]string{"A message from The Harbour Times:", "Dear readers,", "Prosecutor General's Office", "Support us today.", "Continue"},
			[]string{"Kim left.", "Kremlin Says No Plans Yet for Kim Visit", "A letter from Kim:", "\"We will fight on,\" Kim wrote to Putin.",
				"The letter was read on state television.", "Dear friends,", "Putin told the crowd that Russia would support us, Kim said."}},
		{"a handout's credit names the body handing it out", "Soldiers are seen in a video released by Zelenskyy. (Handout via Office of the President of Harbouria)\n" +
			"Office of the President of Harbouria/Handout\n" +
			"The photo (handout via the ministry of Harbouria) was released.\nKim met the Office of the President of Harbouria. Handout via the ministry\n",
			[]string{"(Handout via Office of the President of Harbouria)", "Office of the President of Harbouria/Handout"},
			[]string{"Soldiers are seen in a video released by Zelenskyy.", "The photo (handout via the ministry of Harbouria) was released.",
				"Kim met the Office of the President of Harbouria. Handout via the ministry"}},
		{"a search box's prompt and a trademark's notice", "Kim left.\nSearch Harbour News...\nHarbour Sans ™ & © 2016 Harbour News Network.\n" +
			"Search teams combed Donetsk for the missing soldiers...\nSearch teams found Kim in Moscow.\nKim said the brand ™ was his, © aside.\n",
			[]string{"Search Harbour News...", "Harbour Sans ™ & © 2016 Harbour News Network."},
			[]string{"Kim left.", "Search teams combed Donetsk for the missing soldiers...", "Search teams found Kim in Moscow.", "Kim said the brand ™ was his, © aside."}},
		{"owner's trademarks, comment prompts, print and wire notes, share and tip lines, credits",
			"Kim left.\n\nNews | Politics | Society | Support us\n\n" +
				"Kim met Putin on June 4, 2025. (Russian Security Council press service via AP)\n" +
				"Putin met Kim in Yakutsk on Tuesday (June 18, 2024). HARBOUR/Sputnik/Kremlin Pool/aa.\n\n" +
				"Putin and To Lam review an honor guard in Hanoi, June 20, 2024. [Sputnik/Kremlin via Reuters]\n\n" +
				"Sergei Naryshkin in Moscow. File photo: Reuters\n\n" +
				"Published in The Harbour Tribune, November 10th, 2023.\n\n" +
				"Like World on Facebook, follow @HTribune on Twitter to stay informed and join in the conversation.\n\n" +
				"Got a tip? Send it to The Harbour Beast here.\n\n" +
				"This report by The Harbour Press was first published Nov. 1, 2024.\n\n" +
				"Main image credit: Jane Holloway/Flickr (under CC BY-SA 2.0)\n\n" +
				"Join the Harbour Community\nRead and Post Comments\nPlease review Community Guidelines before posting a comment.\n\n" +
				"Harbour, Harbour Health, and Independent. American. are registered trademarks of Harbour Media, Inc.\n\n" +
				"Putin said he liked Kim and that the report was first published by Yonhap on Friday.\n",
			[]string{"News | Politics | Society | Support us", "(Russian Security Council press service via AP)", "HARBOUR/Sputnik/Kremlin Pool/aa.",
				"[Sputnik/Kremlin via Reuters]", "File photo: Reuters",
				"Published in The Harbour Tribune, November 10th, 2023.", "Like World on Facebook", "Got a tip? Send it to The Harbour Beast here.",
				"This report by The Harbour Press was first published Nov. 1, 2024.", "Main image credit: Jane Holloway/Flickr",
				"Join the Harbour Community", "Read and Post Comments", "Please review Community Guidelines before posting a comment.",
				"are registered trademarks of Harbour Media, Inc."},
			[]string{"Kim left.", "Kim met Putin on June 4, 2025.", "Putin met Kim in Yakutsk on Tuesday (June 18, 2024).",
				"Putin and To Lam review an honor guard in Hanoi, June 20, 2024.", "Sergei Naryshkin in Moscow.",
				"Putin said he liked Kim and that the report was first published by Yonhap on Friday."}},
		{"page controls in the publisher's language", "Kim left.\n\nZur Merkliste hinzufügen\nX.com\n\nDiskutieren Sie mit\n\nLire en français\n\n" +
			"Compartir en redes sociales\n\nFoto: KCNA / REUTERS\n\nAlle Rechte vorbehalten\n\n" +
			"Von der Leyen meets Zelensky\n\nKim met Putin.\n\nCorriere della Sera\n\nKim met Putin.\n\nDar es Salaam\n\nKim met Putin.\n\n" +
			"Kim Il Sung Square\n\nKim met Putin.\n\nUN Security Council\n\nKim met Putin.\n\nLula da Silva in Moscow\n\nKim met Putin.\n",
			[]string{"Zur Merkliste hinzufügen", "Diskutieren Sie mit", "Lire en français", "Compartir en redes sociales", "Foto: KCNA / REUTERS",
				"Alle Rechte vorbehalten"},
			[]string{"Kim left.", "Von der Leyen meets Zelensky", "Corriere della Sera", "Dar es Salaam", "Kim Il Sung Square",
				"UN Security Council", "Lula da Silva in Moscow"}},
		{"a postal address with a suite and a Canadian postcode", "Kim left.\n\n© Copyright 2023 The Harbour Mail Inc. All rights reserved.\n" +
			"120 Harbour Street West, Suite 900, Toronto, ON Canada, M5J 2N4\n1211 Avenue of the Americas, Suite 300, New York, NY\n" +
			"Kingston, ON K7L 3N6\n250 Front Street West, Toronto, ON M5V 3G5\n\n351 King Street East residents were evacuated, Toronto police said.\n",
			[]string{"120 Harbour Street West, Suite 900, Toronto, ON Canada, M5J 2N4", "1211 Avenue of the Americas, Suite 300, New York, NY",
				"Kingston, ON K7L 3N6", "250 Front Street West, Toronto, ON M5V 3G5"},
			[]string{"351 King Street East residents were evacuated, Toronto police said."}},
		{"an institute's topics, author and property notice", "HISS\nThe Harbour Institute for Strategic Studies\n\nResearch\nEvents\nPublications\n\n" +
			"Kim's arsenal goes to war for Russia\n\nThe panel that monitored sanctions has been wound up.\n\n" +
			"Date: 10th May 2024\nJane Holloway\nResearch Fellow for Defence Analysis\n\n" +
			"Defence and Military Analysis; Russia and Eurasia; Asia; The Military Balance\n\n" +
			"Russia sent shells; North Korea sent missiles; China watched.\n\nKim met Putin; Shoigu; Lavrov\n\n" +
			"The content and structure of HISS Online Analysis articles are the property of the Harbour Institute for Strategic Studies.\n\n" +
			"The reports are the property of the Harbour Navy, Kim said.\n\n" +
			"© 2024 The Harbour Institute for Strategic Studies\n",
			[]string{"Jane Holloway", "Defence and Military Analysis; Russia and Eurasia; Asia; The Military Balance",
				"The content and structure of HISS Online Analysis articles are the property of the Harbour Institute for Strategic Studies."},
			[]string{"The panel that monitored sanctions has been wound up.", "Russia sent shells; North Korea sent missiles; China watched.",
				"Kim met Putin; Shoigu; Lavrov", "The reports are the property of the Harbour Navy, Kim said."}},
		{"a licence named on its own line", "Kim left.\n\nAll content on this site is licensed under\nCreative Commons Attribution 4.0 International\n\n" +
			"CC BY-SA 4.0\n\nCreative Commons\n\nThe treaty is licensed under Russian law.\n",
			[]string{"All content on this site is licensed under", "Creative Commons Attribution 4.0 International", "CC BY-SA 4.0"},
			[]string{"Kim left.", "Creative Commons\n", "The treaty is licensed under Russian law."}},
		{"teaser headlines under their section and age", "World News // 1 hour ago\nKim arrives in Russia by armored train\n\nKim left Pyongyang on Sunday.\n\n" +
			"World News // 2 hours ago\nHarbouria flood toll rises as Port Vale is cut off\n\nAsia | 3 days ago\nKim met Putin in Vladivostok.\n",
			[]string{"World News // 1 hour ago", "World News // 2 hours ago", "Harbouria flood toll rises as Port Vale is cut off", "Asia | 3 days ago"},
			[]string{"Kim arrives in Russia by armored train", "Kim left Pyongyang on Sunday.", "Kim met Putin in Vladivostok."}},
		{"app promotion and popular in a section", "Kim left.\n\nDownload The Harbour Times News App to get Daily Market Updates & Live Business News.\n\nPopular in World News\n\n" +
			"Harbouria junta says it will not bow to the bloc's deadline\nHeavy rain lashes Port Vale for a second week\n",
			[]string{"Download The Harbour Times News App", "Popular in World News",
				"Harbouria junta says it will not bow", "Heavy rain lashes Port Vale"},
			[]string{"Kim left."}},
		{"heads of latest, trending and related headlines", "Kim left.\n\nLatest Headlines\n\nHarbouria votes to join the regional bloc\nPort Vale mayor resigns over ferry deal\n\n" +
			"Trending Stories\nHarbour Navy launches its first frigate\n" +
			"Kim met Putin in Harbouria on Monday, the agency said, and the two spoke at length about trade, arms and the war in Ukraine.\n\n" +
			"Related posts\nWhy the Harbouria veto left the panel in limbo\n",
			[]string{"Latest Headlines", "Harbouria votes to join the regional bloc", "Port Vale mayor resigns over ferry deal", "Trending Stories",
				"Harbour Navy launches its first frigate", "Related posts", "Why the Harbouria veto left the panel in limbo"},
			[]string{"Kim left.", "Kim met Putin in Harbouria on Monday, the agency said"}},
		{"a head of the outlet's stories naming it", "Kim left.\n\nTop Stories on HNN\nHarbouria's Flood Disaster\nWhy Is the Harbour Dollar So Strong?\n\n" +
			"Top Stories from Kyiv\nKim met Putin.\n",
			[]string{"Top Stories on HNN", "Harbouria's Flood Disaster", "Why Is the Harbour Dollar So Strong?"},
			[]string{"Kim left.", "Kim met Putin."}},
		{"more from the outlet over a blank line", "Kim left.\n\nMore From Our Experts\n\nHow Harbouria Became a Naval Power\nThe Harbour Council's Record on Sanctions\n\nKim met Putin.\n",
			[]string{"More From Our Experts", "How Harbouria Became a Naval Power", "The Harbour Council's Record on Sanctions"}, []string{"Kim met Putin."}},
		{"a Creative Commons notice after its label", "Kim left.\n\nCreative Commons: Some rights reserved. This work is licensed under Creative Commons CC BY-NC-ND 4.0 International License.\n\n" +
			"Some rights reserved for veterans were cut, Kim said.\n",
			[]string{"Creative Commons: Some rights reserved. This work is licensed under Creative Commons CC BY-NC-ND 4.0 International License."},
			[]string{"Some rights reserved for veterans were cut, Kim said."}},
		{"a newsletter's blurb, form and a publication's sign-up", "Kim left.\n\nDaily Brief\nA summary of the day's news from Harbouria delivered to your inbox each morning. Most weekdays.\n" +
			"Enter your email address | Subscribe\n\nHarbour Review Quarterly: Subscribe to receive the latest issue.\n\nKim Jong Un: We will never subscribe to their demands.\n",
			[]string{"Daily Brief", "A summary of the day's news from Harbouria delivered to your inbox each morning. Most weekdays.", "Enter your email address | Subscribe",
				"Harbour Review Quarterly: Subscribe to receive the latest issue."},
			[]string{"Kim Jong Un: We will never subscribe to their demands."}},
		{"the masthead's tagline of fields and the outlet's note", "Harbour Forum\nEconomics, Politics and Public Policy in the Harbour Region\n\nHome | Regions | Topics | About\n\n" +
			"Kim cashes in his Kursk dividend\n\nKim met Putin.\n\n" +
			"Harbour Forum is a platform for analysis of politics in Asia. It is based at the Harbour School of Public Policy at the Harbour National University.\n\n" +
			"Harbour Forum is a small group of analysts. Kim met them in Vladivostok.\n",
			[]string{"Economics, Politics and Public Policy in the Harbour Region",
				"Harbour Forum is a platform for analysis of politics in Asia. It is based at the Harbour School of Public Policy at the Harbour National University."},
			[]string{"Kim cashes in his Kursk dividend", "Kim met Putin.", "Harbour Forum is a small group of analysts. Kim met them in Vladivostok."}},
		{"the outlet's note and its licence", "Harbour Press\nNews and views from Harbouria\n\nSupport us\nAnalysis\n\nKim vows to stand with Russia\n\nKim met Putin.\n\n" +
			"Harbour Press is an independent online media outlet founded in 2014. All materials are available under CC BY 4.0 with attribution.\n",
			[]string{"Harbour Press is an independent online media outlet founded in 2014. All materials are available under CC BY 4.0 with attribution."},
			[]string{"Kim vows to stand with Russia", "Kim met Putin."}},
		{"a bio naming the author of the author's line", "Kim cashes in\n\nAuthor: Jane Holloway, Seoul\n\nKim met Putin in Vladivostok.\n\n" +
			"Jane Holloway is a Seoul-based researcher on Harbour–Korea relations.\n",
			[]string{"Author: Jane Holloway, Seoul", "Jane Holloway is a Seoul-based researcher on Harbour–Korea relations."}, []string{"Kim met Putin in Vladivostok."}},
		{"a photo's credit before the caption's full stop", "Kim meets Shoigu in Pyongyang, 17 June 2025 (Photo: KCNA via Reuters).\n" +
			"The report (photo: page 3) was released (source: NIS).\n",
			[]string{"(Photo: KCNA via Reuters)."}, []string{"Kim meets Shoigu in Pyongyang, 17 June 2025", "The report (photo: page 3) was released (source: NIS)."}},
		{"a caption's credit after the circled c", "▲ Chang Ho-jin speaks at the presidential office in Seoul on the 20th. ⓒ Harbour Wire\nKim left.\n",
			[]string{"ⓒ Harbour Wire"}, []string{"▲ Chang Ho-jin speaks at the presidential office in Seoul on the 20th.", "Kim left."}},
		{"a byline with the role in parentheses", "Kim met Putin.\nJane Holloway (reporter)\nKim Ji-hoon (staff writer)\nKim Jong Un (leader)\n",
			[]string{"Jane Holloway (reporter)", "Kim Ji-hoon (staff writer)"}, []string{"Kim met Putin.", "Kim Jong Un (leader)"}},
		{"a copyright notice opening the publisher's terms", "Kim left.\n\nCopyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, " +
			"multimedia information, etc) published in this site belongs to Harbour Daily Information Co (HDIC). Without written authorization from HDIC, " +
			"such content shall not be republished or used in any form. Note: Browsers with 1024*768 or higher resolution are suggested for this site.\n\n" +
			"Copyright lawyers for Harbour Daily said on Monday that all rights reserved by the treaty would be kept, that the Harbour Navy would " +
			"not be named, and that Kim and Putin would meet again in Vladivostok in the autumn to talk about it.\n",
			[]string{"Copyright 1995 - 2025. All rights reserved.", "belongs to Harbour Daily Information Co (HDIC)."},
			[]string{"Copyright lawyers for Harbour Daily said on Monday that all rights reserved"}},
		{"a press office's telephone line", "Kim left.\n\nPress office - Harbour Council\nRue de la Loi 175 - B-1048 PORT VALE - Tel.: +32 (0)2 281 6319\n\n" +
			"The hotline took 6319 calls, Kim said on Tel Aviv radio: 300 more came later.\n",
			[]string{"Rue de la Loi 175 - B-1048 PORT VALE - Tel.: +32 (0)2 281 6319"}, []string{"The hotline took 6319 calls, Kim said on Tel Aviv radio: 300 more came later."}},
		{"a caption's credit naming the agency in capitals", "Kim greets Putin in Pyongyang on Friday, June 19, 2024. THE HARBOUR PRESS/Jane Holloway\n\nKim left.\n",
			[]string{"THE HARBOUR PRESS/Jane Holloway"}, []string{"Kim greets Putin in Pyongyang on Friday, June 19, 2024.", "Kim left."}},
		{"a byline set apart from its date and the author's bio", "Kim vows to stand with Russia\n\nJane Holloway   Jun 19, 2025\n\nKim met Putin in Vladivostok.\n\n" +
			"Jane Holloway is an Almaty-based journalist covering labor migration in Harbouria.\n",
			[]string{"Jane Holloway   Jun 19, 2025", "Jane Holloway is an Almaty-based journalist"}, []string{"Kim vows to stand with Russia", "Kim met Putin in Vladivostok."}},
		{"a byline after By set apart from its date and time", "Kim vows to stand with Russia\n\nBy Hoang Minh Duc   June 20, 2024 | 09:48 am PT\n\nKim met Putin.\n" +
			"Kim Jong Un   Jun 19, 2025\n",
			[]string{"By Hoang Minh Duc   June 20, 2024 | 09:48 am PT"}, []string{"Kim met Putin.", "Kim Jong Un   Jun 19, 2025"}},
		{"a wire's credit over the page's furniture", "Kim met Putin.\n\n(Yonhap)\n\nTags: North Korea, Russia, train\n",
			[]string{"(Yonhap)"}, []string{"Kim met Putin."}},
		{"a wire's credit after a dash on the page's last line", "Kim met Putin.\n\n- Reuters / AFP\n", []string{"- Reuters / AFP"}, []string{"Kim met Putin."}},
		{"a wire's credit between the story's paragraphs", "Kim met Putin.\n\n(Yonhap)\n\nThe treaty took effect as Seoul reeled, Kim said.\n",
			nil, []string{"(Yonhap)", "The treaty took effect"}},
		{"a section's head of story links", "Kim met Putin.\n\nTop News stories\nHarbouria flood toll rises as Port Vale is cut off\n\nKim left.\n",
			[]string{"Top News stories", "Harbouria flood toll rises as Port Vale is cut off"}, []string{"Kim met Putin.", "Kim left."}},
		{"the site's note on a syndicated story and its prompts", "Kim met Putin.\n\n(Except for the headline, this story has not been edited by HNN staff and is published from a syndicated feed.)\n\n" +
			"Track Latest News Live on HNN.com and get news updates from Harbouria and around the world.\n\nFind The Harbour Times on WhatsApp and stay up to date\n",
			[]string{"(Except for the headline, this story has not been edited by HNN staff and is published from a syndicated feed.)",
				"Track Latest News Live on HNN.com and get news updates from Harbouria and around the world.", "Find The Harbour Times on WhatsApp and stay up to date"},
			[]string{"Kim met Putin."}},
		{"the regions and countries of a metadata block", "Kim met Putin.\n\nPublished: 13 December 2025\nRegion: Asia-Pacific\nCountries: North Korea; Russia\n\n" +
			"Region: the war has spread to Kursk.\n",
			[]string{"Region: Asia-Pacific", "Countries: North Korea; Russia"}, []string{"Kim met Putin.", "Region: the war has spread to Kursk."}},
		{"a head of the editors' pick", "Kim met Putin.\n\nEDITORS' PICK\nHarbouria protests Port Vale's 'aggressive' actions at the shoal\n" +
			"Jane Holloway vows swift action on Senate bills\n",
			[]string{"EDITORS' PICK", "Harbouria protests Port Vale's", "Jane Holloway vows swift action"}, []string{"Kim met Putin."}},
		{"labelled teasers under a head of story links and the next in a section", "Kim met Putin.\n\nRelated News\n\nWorld\n" +
			"Kim returns home from Russia, state media says\n\nHarbour News\nSeoul says any arms deal would breach UN sanctions\n\n" +
			"Next In World\nHarbouria says it is no longer sending weapons to Port Vale\nJane Holloway heads to Port Vale after the flood\n",
			[]string{"Kim returns home from Russia", "Harbour News", "Seoul says any arms deal", "Next In World", "Harbouria says it is no longer",
				"Jane Holloway heads to Port Vale"},
			[]string{"Kim met Putin."}},
		{"a story's subheads under a head of story links", "Kim met Putin.\n\nRelated\n\nThe talks\nKim and Putin met for five hours in Vladivostok.\n\n" +
			"The treaty\nIt took effect in December.\n",
			nil, []string{"The talks\nKim and Putin met for five hours in Vladivostok.", "The treaty\nIt took effect in December."}},
		{"a subscription's offer and a sign-up form's note", "Kim met Putin.\n\nSubscribe to HARBOUR PLUS to get access to The Harbour Daily Times & other 70+ " +
			"titles, share up to 5 gadgets, listen to the news, download as early as 4am & share articles on social media.\n\n" +
			"You can unsubscribe at any time. By signing up you are agreeing to our Terms of Use and Privacy Policy. This site is protected by " +
			"reCAPTCHA and the Harbour Privacy Policy and Terms of Service apply.\n",
			[]string{"Subscribe to HARBOUR PLUS", "You can unsubscribe at any time."}, []string{"Kim met Putin."}},
		{"a credit of the story's sources over its date", "Kim meets Putin in Moscow\n\nHarbour.lt, Reuters, BNS\n2024.01.17 10:24\n\nKim met Putin.\n",
			[]string{"Harbour.lt, Reuters, BNS"}, []string{"Kim meets Putin in Moscow", "Kim met Putin."}},
		{"a caption's credit after a spaced slash", "Kim met Putin.\n\nVladimir Putin and Kim Jong Un in the Kremlin / Sputnik via Reuters\n\nKim left.\n",
			[]string{"/ Sputnik via Reuters"}, []string{"Vladimir Putin and Kim Jong Un in the Kremlin", "Kim left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := withoutFurniture(tt.text)
			if len(got) != len(tt.text) {
				t.Fatalf("length %d, want %d", len(got), len(tt.text))
			}
			for _, l := range tt.blanked {
				i := strings.Index(tt.text, l)
				if strings.TrimSpace(got[i:i+len(l)]) != "" {
					t.Errorf("kept %q", l)
				}
			}
			for _, l := range tt.kept {
				if !strings.Contains(got, l) {
					t.Errorf("blanked %q", l)
				}
			}
		})
	}
}

func TestAnalyzeSkipsCredits(t *testing.T) {
	text := "Kim met Putin in Moscow on Tuesday.\n\n(Reporting by Guy Faulconbridge; Editing by Lincoln Feast)\n"
	a := Analyze(Doc{Text: text}, time.Date(2023, 9, 14, 0, 0, 0, 0, time.UTC))
	for _, ac := range a.Actors {
		if ac.Name == "Guy Faulconbridge" || ac.Name == "Lincoln Feast" {
			t.Errorf("credit name %q is an actor", ac.Name)
		}
	}
	if len(a.Actors) < 3 {
		t.Errorf("actors %v, want Kim, Putin and Moscow", a.Actors)
	}
}

func TestTitleCaseHeadingNames(t *testing.T) {
	body := "\n\nRussia and North Korea have opened new routes for trade. Trains now run from Moscow to Pyongyang, and officials in Seoul are watching closely.\n"
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"ordinary words between commas are no names", "Ferries, Runways, and Casinos: The New Geography of the Russia–North Korea Alliance" + body,
			[]string{"North Korea", "Moscow"}, []string{"Runways", "Casinos", "North Korea Alliance"}},
		{"a known place glued to an ordinary word", "What Should Berlin, Paris, and Tokyo Do?" + body + "\nThe allies should respond together, officials in Berlin said.\n",
			[]string{"Tokyo", "Berlin", "Paris"}, []string{"Tokyo Do"}},
		{"a full name in a heading is kept", "Painter Tomasz Wierzbicki Opens Show of Portraits, Landscapes in Warsaw" + body,
			[]string{"Tomasz Wierzbicki", "Warsaw"}, nil},
		{"a soundbite's speaker caption is no heading", body + "\nThe National Assembly met on Monday.\n\n" +
			"[Jin Ha-neul / National Assembly Defence Committee (Harbour Union Party)]\n\"The trains carry shells, not only passengers.\"\n",
			[]string{"Jin Ha-neul", "Harbour Union Party"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Analyze(Doc{Text: tt.text}, time.Date(2025, 8, 6, 0, 0, 0, 0, time.UTC))
			names := map[string]bool{}
			for _, ac := range a.Actors {
				names[ac.Name] = true
			}
			for _, n := range tt.want {
				if !names[n] {
					t.Errorf("missing actor %q in %v", n, names)
				}
			}
			for _, n := range tt.not {
				if names[n] {
					t.Errorf("actor %q found", n)
				}
			}
		})
	}
}

func TestFurnitureLineRules(t *testing.T) {
	tests := []struct {
		rule, line string
		fn         func(string) bool
		want       bool
	}{
		{"newsletter entry", "The Daily Report: Start your day right with Harbour Times' top stories", isNewsletterEntry, true},
		{"newsletter entry", "HT Weekly Report: A weekly roundup of Harbour Times' most-read stories", isNewsletterEntry, true},
		{"newsletter entry", "Kim Jong Un: We will respond to any attack.", isNewsletterEntry, false},
		{"newsletter entry", "The Morning Report: \"Kim met Putin,\" the daily said.", isNewsletterEntry, false},
		{"newsletter entry", "Kim met Putin in Moscow on his weekly visit.", isNewsletterEntry, false},
		{"share bar", "Font size  +  -", isShareBar, true},
		{"share bar", "+  -", isShareBar, false},
		{"share bar", "Text size - Kim says the print was small.", isShareBar, false},
		{"correspondent byline", "from our correspondent Jane Holloway", func(l string) bool { _, ok := correspondentByline(l); return ok }, true},
		{"correspondent byline", "From our special envoy in Kyiv, Tom Baker", func(l string) bool { _, ok := correspondentByline(l); return ok }, true},
		{"correspondent byline", "From a reporter in Seoul came the news that Kim left.", func(l string) bool { _, ok := correspondentByline(l); return ok }, false},
		{"handout credit", "Handout via Office of the President of Harbouria", isCreditNames, true},
		{"handout credit", "Office of the President of Harbouria/Handout", isCreditNames, true},
		{"handout credit", "Office of the President of Harbouria", isCreditNames, false},
		{"handout credit", "handout via the ministry of Harbouria", isCreditNames, false},
		{"handout credit", "Handout", isCreditNames, false},
		{"search box", "search harbour news...", isSearchBox, true},
		{"search box", "search…", isSearchBox, true},
		{"search box", "search teams found kim in moscow.", isSearchBox, false},
		{"search box", "search teams combed donetsk for the missing soldiers...", func(l string) bool {
			return wordCount(l, maxSearchBoxWords) <= maxSearchBoxWords && isSearchBox(l)
		}, false},
		{"trademark notice", "harbour sans ™ & © 2016 harbour news network.", rightsLine.MatchString, true},
		{"trademark notice", "kim said the brand ™ was his, © aside.", rightsLine.MatchString, false},
		{"foreign line", "Zur Merkliste hinzufügen", isForeignLine, true},
		{"foreign line", "Diskutieren Sie mit", isForeignLine, true},
		{"foreign line", "Alle Rechte vorbehalten", isForeignLine, true},
		{"foreign line", "Lire en français", isForeignLine, true},
		{"foreign line", "Von der Leyen meets Zelensky", isForeignLine, false},
		{"foreign line", "Corriere della Sera", isForeignLine, false},
		{"foreign line", "Mehr News Agency", isForeignLine, false},
		{"foreign line", "Juntos por el Cambio", isForeignLine, false},
		{"foreign line", "Su Wei", isForeignLine, false},
		{"foreign line", "Kim met Putin und Lavrov in Moscow", isForeignLine, false},
		{"dated line", "Date: 10th May 2024", isDateLine, true},
		{"dated line", "Date night in Pyongyang", isDateLine, false},
		{"topic list", "Defence and Military Analysis; Russia and Eurasia; Asia; The Military Balance", isTopicList, true},
		{"topic list", "Russia and Eurasia; Asia", isTopicList, false},
		{"topic list", "Russia sent shells; North Korea sent missiles; China watched.", isTopicList, false},
		{"address", "351 King Street East, Suite 1600, Toronto, ON Canada, M5A 0N1", isAddressLine, true},
		{"address", "1211 Avenue of the Americas, Suite 300, New York, NY", isAddressLine, true},
		{"address", "Toronto, ON M5A 0N1", isAddressLine, true},
		{"address", "250 Front Street West, Toronto, ON M5V 3G5", isAddressLine, true},
		{"address", "351 King Street East residents were evacuated, Toronto police said.", isAddressLine, false},
		{"licence name", "creative commons attribution 4.0 international", isLicenceName, true},
		{"licence name", "cc by-nc-nd 4.0", isLicenceName, true},
		{"licence name", "creative commons", isLicenceName, false},
		{"teaser stamp", "World News // 1 hour ago", isTeaserStamp, true},
		{"teaser stamp", "Politics · 2 days ago", isTeaserStamp, true},
		{"teaser stamp", "Kim said the talks ended 2 hours ago", isTeaserStamp, false},
		{"stories on the outlet", "Top Stories on HNN", func(l string) bool { return isStoriesOn(strings.ToLower(l), l) }, true},
		{"stories on the outlet", "Most Read on Harbour Times:", func(l string) bool { return isStoriesOn(strings.ToLower(strings.TrimSuffix(l, ":")), l) }, true},
		{"stories on the outlet", "Top Stories from Kyiv", func(l string) bool { return isStoriesOn(strings.ToLower(l), l) }, false},
		{"stories on the outlet", "Latest on Harbouria", func(l string) bool { return isStoriesOn(strings.ToLower(l), l) }, false},
		{"slogan", "Economics, Politics and Public Policy in East Asia and the Pacific", isSlogan, true},
		{"slogan", "News, Analysis and Opinion from Eurasia", isSlogan, true},
		{"slogan", "Asia's most trusted news source", isSlogan, true},
		{"slogan", "Politics Trumps Economics as Kim Meets Putin in Harbouria", isSlogan, false},
		{"slogan", "Kim, Putin and Xi Meet in Beijing", isSlogan, false},
		{"outlet note", "Harbour Review is an independent online media outlet founded in 2014. All materials are available under CC BY 4.0 with attribution.",
			func(l string) bool { return isOutletNote(l, "Harbour Review") }, true},
		{"outlet note", "Harbour Review is a platform for analysis. It is based at the Harbour School of Public Policy.",
			func(l string) bool { return isOutletNote(l, "Harbour Review") }, true},
		{"outlet note", "Harbour Review is a platform for analysis. Kim read it every day.",
			func(l string) bool { return isOutletNote(l, "Harbour Review") }, false},
		{"phone line", "Rue de la Loi 175 - B-1048 BRUSSELS - Tel.: +32 (0)2 281 6319", isPhoneLine, true},
		{"phone line", "Phone: 020 7946 0958", isPhoneLine, true},
		{"phone line", "Kim spoke on Tel Aviv radio: 300 more came later.", isPhoneLine, false},
		{"rights paragraph", "© 2025 Harbour Daily. All rights reserved. No part of this site may be reproduced.", isRightsParagraph, true},
		{"rights paragraph", "Copyright lawyers said all rights reserved by the treaty stand.", isRightsParagraph, false},
		{"credit names", "THE HARBOUR PRESS/Jane Holloway", isCreditNames, true},
		{"credit names", "PHOTO DETAILS / DOWNLOAD HI-RES 1 of 3", isCreditNames, false},
		{"credit names", "THE HARBOUR PRESS/HARBOUR POOL", isCreditNames, false},
		{"named byline", "Jane Holloway   Jun 19, 2025", isNamedByline, true},
		{"named byline", "By Jane Holloway   June 20, 2024 | 09:48 am PT", isNamedByline, true},
		{"named byline", "Port Vale   Jun 19, 2025 was the day the flood toll rose", isNamedByline, false},
		{"promotion", "find the harbour times on whatsapp and stay up to date", func(l string) bool { return isPromoLine(l, wordCount(l, maxCreditWords)) }, true},
		{"promotion", "track latest news live on hnn.com and get news updates from harbouria and around the world.",
			func(l string) bool { return isPromoLine(l, wordCount(l, maxCreditWords)) }, true},
		{"promotion", "investigators find kim's agents on telegram, the report said.", func(l string) bool { return isPromoLine(l, wordCount(l, maxCreditWords)) }, false},
		{"syndication note", "(except for the headline, this story has not been edited by hnn staff and is published from a syndicated feed.)", isSyndicationNote, true},
		{"syndication note", "this article is published from a wire agency feed.", isSyndicationNote, true},
		{"syndication note", "the report was published from an agency feed, kim said.", isSyndicationNote, false},
		{"place field", "Region: Asia-Pacific", isPlaceField, true},
		{"place field", "Countries: North Korea; Russia", isPlaceField, true},
		{"place field", "Region: the war has spread to Kursk.", isPlaceField, false},
		{"wire credit", "(Yonhap)", isWireCredit, true},
		{"wire credit", "- Reuters / AFP", isWireCredit, true},
		{"wire credit", "(Kim Jong Un)", isWireCredit, false},
		{"section stories", "Top News stories", func(l string) bool { return isSectionStories(strings.ToLower(l), l) }, true},
		{"section stories", "Latest World Headlines", func(l string) bool { return isSectionStories(strings.ToLower(l), l) }, true},
		{"section stories", "Top stories today", func(l string) bool { return isSectionStories(strings.ToLower(l), l) }, false},
		{"sources credit", "Harbour.lt, Reuters, BNS", func(l string) bool { return isSourcesCredit(l, "2024.01.17 10:24") }, true},
		{"sources credit", "Russia, Reuters", func(l string) bool { return isSourcesCredit(l, "2024.01.17 10:24") }, false},
		{"sources credit", "Harbour.lt, Reuters, BNS", func(l string) bool { return isSourcesCredit(l, "Kim met Putin.") }, false},
		{"next in section", "Next In World", func(l string) bool { return isNextInSection(strings.ToLower(l), l) }, true},
		{"next in section", "More in the talks, Kim said.", func(l string) bool { return isNextInSection(strings.ToLower(l), l) }, false},
		{"sign-up note", "users can unsubscribe at any time, the regulator said.", func(l string) bool { return isPromoLine(l, wordCount(l, maxCreditWords)) }, false},
		{"caption credit after a slash", "Kim and Putin in the Kremlin / Sputnik via Reuters", func(l string) bool { return barCreditTail(l) > 0 }, true},
		{"caption credit after a slash", "Talks in Moscow / Pyongyang went on", func(l string) bool { return barCreditTail(l) > 0 }, false},
		{"author's line", "Author: Jane Holloway, Seoul", namesAuthors, true},
		{"author's line", "Kim said: Jane Holloway left", namesAuthors, false},
		{"property notice", "The content and structure of HISS Online Analysis articles are the property of the Harbour Institute for Strategic Studies.",
			func(l string) bool { return isPropertyNotice(l, []string{"Harbour Institute for Strategic Studies"}) }, true},
		{"property notice", "All photos are the property of HISS.",
			func(l string) bool { return isPropertyNotice(l, []string{"Harbour Institute for Strategic Studies"}) }, true},
		{"property notice", "The reports are the property of the Harbour Navy, Kim said.",
			func(l string) bool { return isPropertyNotice(l, []string{"Harbour Institute for Strategic Studies"}) }, false},
	}
	for _, tt := range tests {
		if got := tt.fn(tt.line); got != tt.want {
			t.Errorf("%s: %q = %v, want %v", tt.rule, tt.line, got, tt.want)
		}
	}
}

func TestAppealEnd(t *testing.T) {
	tail := "We are facing unprecedented challenges.\n\nThese actions silence independent journalism. Support us today.\n\nContinue\n\nKremlin Says No Plans Yet"
	tests := []struct {
		name, head, rest, want string // want is the text the appeal ends with, "" for none
	}{
		{"message head", "A message from The Harbour Times:", "\n\nDear readers,\n\n" + tail, "Continue"},
		{"salutation", "Dear readers,", "\n\n" + tail, "Continue"},
		{"plea without a button", "Dear readers,", "\nWe need you.\nPlease donate now!\nKim left.", "Please donate now!"},
		{"a letter quoted by the story", "A letter from Kim:", "\n\n\"We will fight on,\" Kim wrote.\n\nThe letter was read on television.", ""},
		{"support named in a sentence", "Dear friends,", "\nPutin said Russia would support us, Kim said.", ""},
		{"plea too far below", "Dear readers,", "\n1\n2\n3\n4\n5\n6\nSupport us today.", ""},
		{"no head", "Kim left.", "\nSupport us today.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.head + tt.rest
			k := appealEnd(text, tt.head, len(tt.head))
			switch {
			case tt.want == "" && k != 0:
				t.Errorf("appeal ends at %d (%q), want none", k, text[:k])
			case tt.want != "" && (k == 0 || !strings.HasSuffix(text[:k], tt.want)):
				t.Errorf("appeal ends at %d, want after %q", k, tt.want)
			}
		})
	}
}
