// What the API document says about the report previews; shared by the model and the trait route.
export const REPORT_PREVIEW_RESPONSE =
  "`subject`, `recordCount` (models, datasets, generations, runs and measurements the report would hold) and `demo`: null, or the notice (`label`, `statement`, `demoRecordCount`) the report will carry because some of those records are the demo workspace's.";
