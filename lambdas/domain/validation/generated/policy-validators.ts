// @ts-nocheck
// Written by `npm run schemas` from scripts/validated-schemas.ts with the option set of
// lambdas/domain/validation/ajv.ts; test/unit/validation/generated-validators.test.ts keeps it current.
"use strict";
export const validateSendingPolicySettingsShape = validate21;
const schema6 = {"type":"object","required":["defaultTimeZone","defaultCountry","quietHours","frequencyCaps","consentDefaults"],"additionalProperties":false,"properties":{"defaultTimeZone":{"type":"string","format":"time-zone"},"defaultCountry":{"type":"string","format":"phone-country"},"quietHours":{"type":"object","additionalProperties":false,"properties":{"email":{"type":"object","required":["start","end"],"additionalProperties":false,"properties":{"start":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","description":"HH:MM, inclusive"},"end":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","description":"HH:MM, exclusive"}}},"sms":{"type":"object","required":["start","end"],"additionalProperties":false,"properties":{"start":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","description":"HH:MM, inclusive"},"end":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","description":"HH:MM, exclusive"}}},"push":{"type":"object","required":["start","end"],"additionalProperties":false,"properties":{"start":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","description":"HH:MM, inclusive"},"end":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","description":"HH:MM, exclusive"}}},"letter":{"type":"object","required":["start","end"],"additionalProperties":false,"properties":{"start":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","description":"HH:MM, inclusive"},"end":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","description":"HH:MM, exclusive"}}}}},"frequencyCaps":{"type":"object","additionalProperties":false,"properties":{"email":{"type":"array","maxItems":10,"items":{"type":"object","required":["windowHours","max"],"additionalProperties":false,"properties":{"windowHours":{"type":"number","exclusiveMinimum":0,"maximum":8784},"max":{"type":"integer","minimum":1}}}},"sms":{"type":"array","maxItems":10,"items":{"type":"object","required":["windowHours","max"],"additionalProperties":false,"properties":{"windowHours":{"type":"number","exclusiveMinimum":0,"maximum":8784},"max":{"type":"integer","minimum":1}}}},"push":{"type":"array","maxItems":10,"items":{"type":"object","required":["windowHours","max"],"additionalProperties":false,"properties":{"windowHours":{"type":"number","exclusiveMinimum":0,"maximum":8784},"max":{"type":"integer","minimum":1}}}},"letter":{"type":"array","maxItems":10,"items":{"type":"object","required":["windowHours","max"],"additionalProperties":false,"properties":{"windowHours":{"type":"number","exclusiveMinimum":0,"maximum":8784},"max":{"type":"integer","minimum":1}}}}}},"consentDefaults":{"type":"object","required":["transactional","marketing"],"additionalProperties":false,"properties":{"transactional":{"type":"string","enum":["opted-in","opted-out"]},"marketing":{"type":"string","enum":["opted-in","opted-out"]}}}}};
const formats0 = require("../../messaging/policy/setting-formats")["SETTING_FORMATS"]["time-zone"];
const formats2 = require("../../messaging/policy/setting-formats")["SETTING_FORMATS"]["phone-country"];
const pattern0 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.defaultTimeZone === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "defaultTimeZone"},message:"must have required property '"+"defaultTimeZone"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.defaultCountry === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "defaultCountry"},message:"must have required property '"+"defaultCountry"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.quietHours === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quietHours"},message:"must have required property '"+"quietHours"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.frequencyCaps === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "frequencyCaps"},message:"must have required property '"+"frequencyCaps"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.consentDefaults === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "consentDefaults"},message:"must have required property '"+"consentDefaults"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "defaultTimeZone") || (key0 === "defaultCountry")) || (key0 === "quietHours")) || (key0 === "frequencyCaps")) || (key0 === "consentDefaults"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.defaultTimeZone !== undefined){
let data0 = data.defaultTimeZone;
if(typeof data0 === "string"){
if(!(formats0.validate(data0))){
const err6 = {instancePath:instancePath+"/defaultTimeZone",schemaPath:"#/properties/defaultTimeZone/format",keyword:"format",params:{format: "time-zone"},message:"must match format \""+"time-zone"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/defaultTimeZone",schemaPath:"#/properties/defaultTimeZone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.defaultCountry !== undefined){
let data1 = data.defaultCountry;
if(typeof data1 === "string"){
if(!(formats2.validate(data1))){
const err8 = {instancePath:instancePath+"/defaultCountry",schemaPath:"#/properties/defaultCountry/format",keyword:"format",params:{format: "phone-country"},message:"must match format \""+"phone-country"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/defaultCountry",schemaPath:"#/properties/defaultCountry/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.quietHours !== undefined){
let data2 = data.quietHours;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!((((key1 === "email") || (key1 === "sms")) || (key1 === "push")) || (key1 === "letter"))){
const err10 = {instancePath:instancePath+"/quietHours",schemaPath:"#/properties/quietHours/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.email !== undefined){
let data3 = data2.email;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.start === undefined){
const err11 = {instancePath:instancePath+"/quietHours/email",schemaPath:"#/properties/quietHours/properties/email/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.end === undefined){
const err12 = {instancePath:instancePath+"/quietHours/email",schemaPath:"#/properties/quietHours/properties/email/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key2 in data3){
if(!((key2 === "start") || (key2 === "end"))){
const err13 = {instancePath:instancePath+"/quietHours/email",schemaPath:"#/properties/quietHours/properties/email/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.start !== undefined){
let data4 = data3.start;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err14 = {instancePath:instancePath+"/quietHours/email/start",schemaPath:"#/properties/quietHours/properties/email/properties/start/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/quietHours/email/start",schemaPath:"#/properties/quietHours/properties/email/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.end !== undefined){
let data5 = data3.end;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err16 = {instancePath:instancePath+"/quietHours/email/end",schemaPath:"#/properties/quietHours/properties/email/properties/end/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/quietHours/email/end",schemaPath:"#/properties/quietHours/properties/email/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/quietHours/email",schemaPath:"#/properties/quietHours/properties/email/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.sms !== undefined){
let data6 = data2.sms;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.start === undefined){
const err19 = {instancePath:instancePath+"/quietHours/sms",schemaPath:"#/properties/quietHours/properties/sms/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data6.end === undefined){
const err20 = {instancePath:instancePath+"/quietHours/sms",schemaPath:"#/properties/quietHours/properties/sms/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key3 in data6){
if(!((key3 === "start") || (key3 === "end"))){
const err21 = {instancePath:instancePath+"/quietHours/sms",schemaPath:"#/properties/quietHours/properties/sms/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.start !== undefined){
let data7 = data6.start;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err22 = {instancePath:instancePath+"/quietHours/sms/start",schemaPath:"#/properties/quietHours/properties/sms/properties/start/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/quietHours/sms/start",schemaPath:"#/properties/quietHours/properties/sms/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.end !== undefined){
let data8 = data6.end;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err24 = {instancePath:instancePath+"/quietHours/sms/end",schemaPath:"#/properties/quietHours/properties/sms/properties/end/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/quietHours/sms/end",schemaPath:"#/properties/quietHours/properties/sms/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/quietHours/sms",schemaPath:"#/properties/quietHours/properties/sms/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data2.push !== undefined){
let data9 = data2.push;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.start === undefined){
const err27 = {instancePath:instancePath+"/quietHours/push",schemaPath:"#/properties/quietHours/properties/push/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data9.end === undefined){
const err28 = {instancePath:instancePath+"/quietHours/push",schemaPath:"#/properties/quietHours/properties/push/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key4 in data9){
if(!((key4 === "start") || (key4 === "end"))){
const err29 = {instancePath:instancePath+"/quietHours/push",schemaPath:"#/properties/quietHours/properties/push/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data9.start !== undefined){
let data10 = data9.start;
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err30 = {instancePath:instancePath+"/quietHours/push/start",schemaPath:"#/properties/quietHours/properties/push/properties/start/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/quietHours/push/start",schemaPath:"#/properties/quietHours/properties/push/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data9.end !== undefined){
let data11 = data9.end;
if(typeof data11 === "string"){
if(!pattern0.test(data11)){
const err32 = {instancePath:instancePath+"/quietHours/push/end",schemaPath:"#/properties/quietHours/properties/push/properties/end/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/quietHours/push/end",schemaPath:"#/properties/quietHours/properties/push/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/quietHours/push",schemaPath:"#/properties/quietHours/properties/push/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data2.letter !== undefined){
let data12 = data2.letter;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.start === undefined){
const err35 = {instancePath:instancePath+"/quietHours/letter",schemaPath:"#/properties/quietHours/properties/letter/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data12.end === undefined){
const err36 = {instancePath:instancePath+"/quietHours/letter",schemaPath:"#/properties/quietHours/properties/letter/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key5 in data12){
if(!((key5 === "start") || (key5 === "end"))){
const err37 = {instancePath:instancePath+"/quietHours/letter",schemaPath:"#/properties/quietHours/properties/letter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data12.start !== undefined){
let data13 = data12.start;
if(typeof data13 === "string"){
if(!pattern0.test(data13)){
const err38 = {instancePath:instancePath+"/quietHours/letter/start",schemaPath:"#/properties/quietHours/properties/letter/properties/start/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/quietHours/letter/start",schemaPath:"#/properties/quietHours/properties/letter/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data12.end !== undefined){
let data14 = data12.end;
if(typeof data14 === "string"){
if(!pattern0.test(data14)){
const err40 = {instancePath:instancePath+"/quietHours/letter/end",schemaPath:"#/properties/quietHours/properties/letter/properties/end/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/quietHours/letter/end",schemaPath:"#/properties/quietHours/properties/letter/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/quietHours/letter",schemaPath:"#/properties/quietHours/properties/letter/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/quietHours",schemaPath:"#/properties/quietHours/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.frequencyCaps !== undefined){
let data15 = data.frequencyCaps;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key6 in data15){
if(!((((key6 === "email") || (key6 === "sms")) || (key6 === "push")) || (key6 === "letter"))){
const err44 = {instancePath:instancePath+"/frequencyCaps",schemaPath:"#/properties/frequencyCaps/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data15.email !== undefined){
let data16 = data15.email;
if(Array.isArray(data16)){
if(data16.length > 10){
const err45 = {instancePath:instancePath+"/frequencyCaps/email",schemaPath:"#/properties/frequencyCaps/properties/email/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
let data17 = data16[i0];
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.windowHours === undefined){
const err46 = {instancePath:instancePath+"/frequencyCaps/email/" + i0,schemaPath:"#/properties/frequencyCaps/properties/email/items/required",keyword:"required",params:{missingProperty: "windowHours"},message:"must have required property '"+"windowHours"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data17.max === undefined){
const err47 = {instancePath:instancePath+"/frequencyCaps/email/" + i0,schemaPath:"#/properties/frequencyCaps/properties/email/items/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
for(const key7 in data17){
if(!((key7 === "windowHours") || (key7 === "max"))){
const err48 = {instancePath:instancePath+"/frequencyCaps/email/" + i0,schemaPath:"#/properties/frequencyCaps/properties/email/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data17.windowHours !== undefined){
let data18 = data17.windowHours;
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 8784 || isNaN(data18)){
const err49 = {instancePath:instancePath+"/frequencyCaps/email/" + i0+"/windowHours",schemaPath:"#/properties/frequencyCaps/properties/email/items/properties/windowHours/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8784},message:"must be <= 8784"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data18 <= 0 || isNaN(data18)){
const err50 = {instancePath:instancePath+"/frequencyCaps/email/" + i0+"/windowHours",schemaPath:"#/properties/frequencyCaps/properties/email/items/properties/windowHours/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/frequencyCaps/email/" + i0+"/windowHours",schemaPath:"#/properties/frequencyCaps/properties/email/items/properties/windowHours/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data17.max !== undefined){
let data19 = data17.max;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err52 = {instancePath:instancePath+"/frequencyCaps/email/" + i0+"/max",schemaPath:"#/properties/frequencyCaps/properties/email/items/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 1 || isNaN(data19)){
const err53 = {instancePath:instancePath+"/frequencyCaps/email/" + i0+"/max",schemaPath:"#/properties/frequencyCaps/properties/email/items/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
}
else {
const err54 = {instancePath:instancePath+"/frequencyCaps/email/" + i0,schemaPath:"#/properties/frequencyCaps/properties/email/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/frequencyCaps/email",schemaPath:"#/properties/frequencyCaps/properties/email/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data15.sms !== undefined){
let data20 = data15.sms;
if(Array.isArray(data20)){
if(data20.length > 10){
const err56 = {instancePath:instancePath+"/frequencyCaps/sms",schemaPath:"#/properties/frequencyCaps/properties/sms/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
const len1 = data20.length;
for(let i1=0; i1<len1; i1++){
let data21 = data20[i1];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.windowHours === undefined){
const err57 = {instancePath:instancePath+"/frequencyCaps/sms/" + i1,schemaPath:"#/properties/frequencyCaps/properties/sms/items/required",keyword:"required",params:{missingProperty: "windowHours"},message:"must have required property '"+"windowHours"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data21.max === undefined){
const err58 = {instancePath:instancePath+"/frequencyCaps/sms/" + i1,schemaPath:"#/properties/frequencyCaps/properties/sms/items/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
for(const key8 in data21){
if(!((key8 === "windowHours") || (key8 === "max"))){
const err59 = {instancePath:instancePath+"/frequencyCaps/sms/" + i1,schemaPath:"#/properties/frequencyCaps/properties/sms/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data21.windowHours !== undefined){
let data22 = data21.windowHours;
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 8784 || isNaN(data22)){
const err60 = {instancePath:instancePath+"/frequencyCaps/sms/" + i1+"/windowHours",schemaPath:"#/properties/frequencyCaps/properties/sms/items/properties/windowHours/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8784},message:"must be <= 8784"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data22 <= 0 || isNaN(data22)){
const err61 = {instancePath:instancePath+"/frequencyCaps/sms/" + i1+"/windowHours",schemaPath:"#/properties/frequencyCaps/properties/sms/items/properties/windowHours/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/frequencyCaps/sms/" + i1+"/windowHours",schemaPath:"#/properties/frequencyCaps/properties/sms/items/properties/windowHours/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data21.max !== undefined){
let data23 = data21.max;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err63 = {instancePath:instancePath+"/frequencyCaps/sms/" + i1+"/max",schemaPath:"#/properties/frequencyCaps/properties/sms/items/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 1 || isNaN(data23)){
const err64 = {instancePath:instancePath+"/frequencyCaps/sms/" + i1+"/max",schemaPath:"#/properties/frequencyCaps/properties/sms/items/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
}
else {
const err65 = {instancePath:instancePath+"/frequencyCaps/sms/" + i1,schemaPath:"#/properties/frequencyCaps/properties/sms/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/frequencyCaps/sms",schemaPath:"#/properties/frequencyCaps/properties/sms/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data15.push !== undefined){
let data24 = data15.push;
if(Array.isArray(data24)){
if(data24.length > 10){
const err67 = {instancePath:instancePath+"/frequencyCaps/push",schemaPath:"#/properties/frequencyCaps/properties/push/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
const len2 = data24.length;
for(let i2=0; i2<len2; i2++){
let data25 = data24[i2];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.windowHours === undefined){
const err68 = {instancePath:instancePath+"/frequencyCaps/push/" + i2,schemaPath:"#/properties/frequencyCaps/properties/push/items/required",keyword:"required",params:{missingProperty: "windowHours"},message:"must have required property '"+"windowHours"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data25.max === undefined){
const err69 = {instancePath:instancePath+"/frequencyCaps/push/" + i2,schemaPath:"#/properties/frequencyCaps/properties/push/items/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
for(const key9 in data25){
if(!((key9 === "windowHours") || (key9 === "max"))){
const err70 = {instancePath:instancePath+"/frequencyCaps/push/" + i2,schemaPath:"#/properties/frequencyCaps/properties/push/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data25.windowHours !== undefined){
let data26 = data25.windowHours;
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 8784 || isNaN(data26)){
const err71 = {instancePath:instancePath+"/frequencyCaps/push/" + i2+"/windowHours",schemaPath:"#/properties/frequencyCaps/properties/push/items/properties/windowHours/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8784},message:"must be <= 8784"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data26 <= 0 || isNaN(data26)){
const err72 = {instancePath:instancePath+"/frequencyCaps/push/" + i2+"/windowHours",schemaPath:"#/properties/frequencyCaps/properties/push/items/properties/windowHours/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/frequencyCaps/push/" + i2+"/windowHours",schemaPath:"#/properties/frequencyCaps/properties/push/items/properties/windowHours/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data25.max !== undefined){
let data27 = data25.max;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err74 = {instancePath:instancePath+"/frequencyCaps/push/" + i2+"/max",schemaPath:"#/properties/frequencyCaps/properties/push/items/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 1 || isNaN(data27)){
const err75 = {instancePath:instancePath+"/frequencyCaps/push/" + i2+"/max",schemaPath:"#/properties/frequencyCaps/properties/push/items/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
}
else {
const err76 = {instancePath:instancePath+"/frequencyCaps/push/" + i2,schemaPath:"#/properties/frequencyCaps/properties/push/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/frequencyCaps/push",schemaPath:"#/properties/frequencyCaps/properties/push/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data15.letter !== undefined){
let data28 = data15.letter;
if(Array.isArray(data28)){
if(data28.length > 10){
const err78 = {instancePath:instancePath+"/frequencyCaps/letter",schemaPath:"#/properties/frequencyCaps/properties/letter/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
const len3 = data28.length;
for(let i3=0; i3<len3; i3++){
let data29 = data28[i3];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.windowHours === undefined){
const err79 = {instancePath:instancePath+"/frequencyCaps/letter/" + i3,schemaPath:"#/properties/frequencyCaps/properties/letter/items/required",keyword:"required",params:{missingProperty: "windowHours"},message:"must have required property '"+"windowHours"+"'"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data29.max === undefined){
const err80 = {instancePath:instancePath+"/frequencyCaps/letter/" + i3,schemaPath:"#/properties/frequencyCaps/properties/letter/items/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
for(const key10 in data29){
if(!((key10 === "windowHours") || (key10 === "max"))){
const err81 = {instancePath:instancePath+"/frequencyCaps/letter/" + i3,schemaPath:"#/properties/frequencyCaps/properties/letter/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data29.windowHours !== undefined){
let data30 = data29.windowHours;
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 8784 || isNaN(data30)){
const err82 = {instancePath:instancePath+"/frequencyCaps/letter/" + i3+"/windowHours",schemaPath:"#/properties/frequencyCaps/properties/letter/items/properties/windowHours/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8784},message:"must be <= 8784"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data30 <= 0 || isNaN(data30)){
const err83 = {instancePath:instancePath+"/frequencyCaps/letter/" + i3+"/windowHours",schemaPath:"#/properties/frequencyCaps/properties/letter/items/properties/windowHours/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/frequencyCaps/letter/" + i3+"/windowHours",schemaPath:"#/properties/frequencyCaps/properties/letter/items/properties/windowHours/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data29.max !== undefined){
let data31 = data29.max;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err85 = {instancePath:instancePath+"/frequencyCaps/letter/" + i3+"/max",schemaPath:"#/properties/frequencyCaps/properties/letter/items/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 1 || isNaN(data31)){
const err86 = {instancePath:instancePath+"/frequencyCaps/letter/" + i3+"/max",schemaPath:"#/properties/frequencyCaps/properties/letter/items/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
}
else {
const err87 = {instancePath:instancePath+"/frequencyCaps/letter/" + i3,schemaPath:"#/properties/frequencyCaps/properties/letter/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/frequencyCaps/letter",schemaPath:"#/properties/frequencyCaps/properties/letter/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/frequencyCaps",schemaPath:"#/properties/frequencyCaps/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data.consentDefaults !== undefined){
let data32 = data.consentDefaults;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.transactional === undefined){
const err90 = {instancePath:instancePath+"/consentDefaults",schemaPath:"#/properties/consentDefaults/required",keyword:"required",params:{missingProperty: "transactional"},message:"must have required property '"+"transactional"+"'"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(data32.marketing === undefined){
const err91 = {instancePath:instancePath+"/consentDefaults",schemaPath:"#/properties/consentDefaults/required",keyword:"required",params:{missingProperty: "marketing"},message:"must have required property '"+"marketing"+"'"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
for(const key11 in data32){
if(!((key11 === "transactional") || (key11 === "marketing"))){
const err92 = {instancePath:instancePath+"/consentDefaults",schemaPath:"#/properties/consentDefaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data32.transactional !== undefined){
let data33 = data32.transactional;
if(typeof data33 !== "string"){
const err93 = {instancePath:instancePath+"/consentDefaults/transactional",schemaPath:"#/properties/consentDefaults/properties/transactional/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(!((data33 === "opted-in") || (data33 === "opted-out"))){
const err94 = {instancePath:instancePath+"/consentDefaults/transactional",schemaPath:"#/properties/consentDefaults/properties/transactional/enum",keyword:"enum",params:{allowedValues: schema6.properties.consentDefaults.properties.transactional.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data32.marketing !== undefined){
let data34 = data32.marketing;
if(typeof data34 !== "string"){
const err95 = {instancePath:instancePath+"/consentDefaults/marketing",schemaPath:"#/properties/consentDefaults/properties/marketing/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(!((data34 === "opted-in") || (data34 === "opted-out"))){
const err96 = {instancePath:instancePath+"/consentDefaults/marketing",schemaPath:"#/properties/consentDefaults/properties/marketing/enum",keyword:"enum",params:{allowedValues: schema6.properties.consentDefaults.properties.marketing.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/consentDefaults",schemaPath:"#/properties/consentDefaults/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
