// The help pages' messages in English, typed against the Chinese help keys.
import type { zhHelp } from './zh.help';

export const enHelp: Readonly<Record<keyof typeof zhHelp, string>> = {
  'help.rules.link': 'Check rules',
  'help.workflow.link': 'How to report',
  'help.rules.heading': 'Check rules',
  'help.rules.intro':
    'The app checks every return with the rules below. Each rule has a fixed ID, and its level says what to do. The rule texts are in Chinese, like the check results:',
  'help.rules.severityError': 'Must-fix error: must be corrected, or the return cannot be submitted.',
  'help.rules.severityVerify':
    'To verify: check the figures; if they are correct, write an explanation (审核说明, at least {min} characters) and the return can be submitted.',
  'help.rules.severityHint': 'Hint: for information only; it does not block submission.',
  'help.rules.conventions':
    'A blank number cell counts as 0; equalities must hold exactly, to the cent. Relations within a column are always checked in the “This year” column (“Year to date” for monthly returns), and in “Same period last year” and the other columns only when that column is filled.',
  'help.rules.codesNote':
    'Indicator codes in brackets (such as F01, Y02) are this app’s own IDs for finding cells; apart from the monthly codes shared with the official form they are not official row numbers. Rules marked “{mark}” were compiled by this app from the indicator definitions and are not official check relations.',
  'help.rules.edition': 'Statistical system: {name} ({approvalNo})',
  'help.rules.filterLabel': 'Filter rules',
  'help.rules.filterSeverity': 'Level',
  'help.rules.allSeverities': 'All levels',
  'help.rules.search': 'Search',
  'help.rules.searchPlaceholder': 'ID, indicator name or code, e.g. F01, 工资',
  'help.rules.count': 'Showing {shown} of {total} rules',
  'help.rules.none': 'No rule matches.',
  'help.rules.colId': 'ID',
  'help.rules.colSeverity': 'Level',
  'help.rules.colTitle': 'Rule',
  'help.rules.colCheck': 'What it checks',
  'help.rules.colExample': 'Example',
  'help.rules.colKinds': 'Returns',
  'help.rules.kind.annual': 'Annual',
  'help.rules.kind.monthly': 'Monthly',
  'help.rules.family.F': 'Cell entries (all tables)',
  'help.rules.family.B': 'Basic information (软统企1表)',
  'help.rules.family.T2': 'Finance (软统企2表)',
  'help.rules.family.T3': 'Business (软统企3表)',
  'help.rules.family.T5': 'Artificial intelligence (软统企5表)',
  'help.rules.family.X': 'Relations between tables',
  'help.rules.family.Y': 'Comparison with last year and with monthly returns',
  'help.rules.family.A': 'Annual return deadline',
  'help.rules.family.M': 'Monthly return',
  'help.rules.familyOther': 'Other rules ({family})',
  'help.workflow.heading': 'How to report',
  'help.workflow.intro':
    'Fill in and pre-check your returns in this app, then submit them on the official platform. Data in this app stays in this browser only.',
  'help.workflow.edition':
    'Statistical system: {name} ({approvalNo}), issued by {issuer}, approved by {approver}.',
  'help.workflow.stepsHeading': 'Five steps',
  'help.workflow.step1.title': 'Fill in',
  'help.workflow.step1.body':
    'Create the enterprise in the enterprise list, open the annual or monthly return and fill in table by table: amounts in 万元 (10,000 RMB), exports in 万美元 (10,000 USD). Select a cell to see the indicator’s definition (口径) beside it. You can also paste a column from Excel or import a file exported by this app.',
  'help.workflow.step2.title': 'Check',
  'help.workflow.step2.body':
    'After every change the app checks the whole return against the check rules and lists must-fix errors, items to verify and hints; click one to go to its cell. Correct every must-fix error first.',
  'help.workflow.step3.title': 'Explain',
  'help.workflow.step3.body':
    'For an item to verify whose figures are correct, write an explanation (审核说明) under it, at least {min} characters, saying why. With no must-fix error and every item to verify explained, the return’s status becomes “Ready to submit”.',
  'help.workflow.step4.title': 'Export',
  'help.workflow.step4.body':
    'On the return page, click “Export Excel” or “Export JSON” to save a file, or print a copy for your records. Use “Back up all data” on the enterprise list regularly, in case the browser loses its data.',
  'help.workflow.step5.title': 'Upload to the official platform',
  'help.workflow.step5.body':
    'This app uploads nothing. Log in to the Chongqing economy and informatization big-data platform (https://sso.jjxxw.cq.gov.cn/netcasso/), open the Chongqing software and IT services monitoring platform, enter the pre-checked figures, save and submit to your district. The platform does not accept a return with must-fix errors.',
  'help.workflow.toRules': 'See all check rules',
  'help.workflow.deadlinesHeading': 'Deadlines',
  'help.workflow.colWhat': 'What',
  'help.workflow.colWhen': 'Deadline',
  'help.workflow.deadlineAnnual': '{year} annual return: enterprises submit',
  'help.workflow.deadlineReviewUnit':
    '{year} annual return: districts and zones (review units) check and submit to the city',
  'help.workflow.deadlineCity': '{year} annual return: the city checks, aggregates and reports to MIIT',
  'help.workflow.deadlineMonthly': '{year} monthly returns: enterprises submit every month',
  'help.workflow.monthlyRule':
    'Last month’s figures by day {day} of the following month (e.g. month {month} is due {date})',
  'help.workflow.reviewUnitFirst':
    'The districts’ deadline comes before the enterprises’ deadline: submit as early as your district (review unit) asks.',
  'help.workflow.scopeHeading': 'Survey scope',
  'help.workflow.scopeIntro':
    'Independent legal entities registered in Chongqing must report when they meet at least one of these criteria (amounts are this year’s, in 万元):',
  'help.workflow.scopeCriterion': 'Criterion ({id}): {terms}',
  'help.workflow.scopeNote':
    'The app checks these criteria (rule X-SCOPE) and asks you to verify when none of them holds.',
  'help.scope.division': '{name} ({code}) in division {divisions}',
  'help.scope.industry': '{name} ({code}) is {codes}',
  'help.scope.flag': '{name} ({code}): 是 (yes)',
  'help.scope.atLeast': '{name} ({code}) ≥ {amount} 万元',
  'help.scope.share': '{part} ({partCode}) ≥ {percent}% of {whole} ({wholeCode})',
  'help.scope.positive': '{name} ({code}) > 0',
  'help.scope.group': '({terms})',
  'help.scope.and': ', and ',
  'help.scope.or': ' or ',
  'help.list': ', ',
};
